using SkiaSharp;

namespace StatiqReport.Rendering;

/// <summary>What a part of a share card is.</summary>
public enum ShareCardRole { Background, Band, System, Kind, Tag, TagText, Title, Summary, Tile, TileBar, Value, Label, Rule }

/// <summary>A filled rectangle (the band, a figure's tile, an "illustrative" tag).</summary>
public sealed record ShareCardBox(ShareCardRole Role, SKRect Rect, SKColor Colour);

/// <summary>
/// One line of text as drawn: where its baseline starts, its ink <paramref name="Bounds"/> (what the
/// glyphs cover), the <paramref name="Region"/> it must stay inside, and the colour behind it (for the
/// contrast check). <paramref name="Shortened"/>: the text did not fit and ends with an ellipsis.
/// </summary>
public sealed record ShareCardLine(ShareCardRole Role, string Text, bool Bold, float Size, float X, float Baseline,
    SKColor Colour, SKColor Background, SKRect Bounds, SKRect Region, bool Shortened);

/// <summary>
/// Places a share card's parts on the 1200 × 630 canvas link previews expect: the system in an NHS
/// Blue band, what the page is, the title (wrapped, smaller when long, shortened with an ellipsis when
/// it still does not fit), and a tile per headline figure with its label. An invented figure's tile
/// carries the word for "illustrative". Nothing is placed outside its region: the lines say where they are.
/// </summary>
public sealed record ShareCardLayout(IReadOnlyList<ShareCardBox> Boxes, IReadOnlyList<ShareCardLine> Lines)
{
    public const int Width = 1200;
    public const int Height = 630;

    // NHS identity colours (england.nhs.uk/nhsidentity): every text colour below is AA on its background.
    public static readonly SKColor NhsBlue = SKColor.Parse("#005EB8");
    public static readonly SKColor White = SKColors.White;
    public static readonly SKColor Text = SKColor.Parse("#212B32");
    public static readonly SKColor Secondary = SKColor.Parse("#4C6272");
    public static readonly SKColor PaleGrey = SKColor.Parse("#F0F4F5");
    public static readonly SKColor WarmYellow = SKColor.Parse("#FFEB3B");

    private const float Margin = 64;
    private const float BandHeight = 100;
    private const float TitleTop = 176;
    private const float TilesTop = 404;
    private const float TilesBottom = 598;
    private const float TileGap = 24;
    private const float TileMaxWidth = 520;
    private const float BarWidth = 8;
    private const float TilePadding = 22;

    private static readonly float[] SystemSizes = [32, 28, 24];
    private static readonly float[] TitleSizes = [56, 48, 42];
    private static readonly float[] ValueSizes = [54, 48, 42, 36, 30];
    private const float LabelSize = 20;
    private const float TagSize = 19;

    /// <summary>Lays a card out; the same card always gives the same layout.</summary>
    public static ShareCardLayout Of(ShareCard card)
    {
        var boxes = new List<ShareCardBox> { new(ShareCardRole.Background, new SKRect(0, 0, Width, Height), White) };
        var lines = new List<ShareCardLine>();
        var contentRight = Width - Margin;

        // The system, white on NHS Blue.
        boxes.Add(new(ShareCardRole.Band, new SKRect(0, 0, Width, BandHeight), NhsBlue));
        var band = new SKRect(Margin, 12, contentRight, BandHeight - 12);
        lines.AddRange(Block(ShareCardRole.System, card.System, bold: true, SystemSizes, band, maxLines: 1, White, NhsBlue, centred: true));

        // What the page is, and the tag when the whole page is invented sample content.
        var kindRegion = new SKRect(Margin, BandHeight + 16, contentRight, TitleTop - 8);
        var tagWidth = card.Illustrative ? TagBoxWidth(card.IllustrativeWord) + 16 : 0;
        var kind = Block(ShareCardRole.Kind, card.Kind, bold: false, [26], kindRegion with { Right = contentRight - tagWidth }, 1, Secondary, White, centred: true);
        lines.AddRange(kind);
        if (card.Illustrative && kind.Count > 0)
            AddTag(boxes, lines, card.IllustrativeWord, kind[0].X + Advance(kind[0]) + 16, kindRegion.MidY);

        // The title: the largest size at which it fits whole; at the smallest, shortened.
        var figures = card.Figures.Take(ShareCard.MaxFigures).ToList();
        // Without figures, the summary takes their place (a card of a title alone looks unfinished).
        var summary = figures.Count == 0 && !string.IsNullOrWhiteSpace(card.Summary);
        var titleRegion = new SKRect(Margin, TitleTop, contentRight, figures.Count > 0 || summary ? TilesTop - 20 : TilesBottom);
        lines.AddRange(Block(ShareCardRole.Title, card.Title, bold: true, TitleSizes, titleRegion, maxLines: int.MaxValue, Text, White, centred: false));

        if (summary)
        {
            var below = lines.Where(l => l.Role == ShareCardRole.Title).Select(l => l.Baseline + l.Size * 0.3f).DefaultIfEmpty(TitleTop).Max();
            lines.AddRange(Block(ShareCardRole.Summary, card.Summary!, bold: false, [30, 26], new SKRect(Margin, below + 28, contentRight, TilesBottom),
                int.MaxValue, Secondary, White, centred: false));
        }

        // One tile per figure, left to right.
        if (figures.Count > 0)
        {
            var tileWidth = Math.Min(TileMaxWidth, (contentRight - Margin - TileGap * (figures.Count - 1)) / figures.Count);
            var tagRow = figures.Any(f => f.Illustrative);
            for (var i = 0; i < figures.Count; i++)
            {
                var left = Margin + i * (tileWidth + TileGap);
                Tile(boxes, lines, figures[i], new SKRect(left, TilesTop, left + tileWidth, TilesBottom), tagRow, card.IllustrativeWord);
            }
        }
        boxes.Add(new(ShareCardRole.Rule, new SKRect(0, Height - 8, Width, Height), NhsBlue));
        return new ShareCardLayout(boxes, lines);
    }

    private static void Tile(List<ShareCardBox> boxes, List<ShareCardLine> lines, ShareCardFigure figure, SKRect tile, bool tagRow, string illustrativeWord)
    {
        boxes.Add(new(ShareCardRole.Tile, tile, PaleGrey));
        boxes.Add(new(ShareCardRole.TileBar, tile with { Right = tile.Left + BarWidth }, NhsBlue));
        var inner = new SKRect(tile.Left + BarWidth + TilePadding, tile.Top + 16, tile.Right - TilePadding, tile.Bottom - 10);
        var top = inner.Top;
        if (tagRow)
        {
            if (figure.Illustrative) AddTag(boxes, lines, illustrativeWord, inner.Left, top + 16);
            top += 36;
        }
        // A value too wide at the largest size is drawn smaller, on the same baseline as its neighbours'.
        var value = Block(ShareCardRole.Value, figure.Value, bold: true, ValueSizes, inner with { Top = top, Bottom = top + ValueSizes[0] }, 1, NhsBlue, PaleGrey,
            centred: false, baseline: top + ValueSizes[0] * 0.85f);
        lines.AddRange(value);
        var labelTop = (value.Count > 0 ? value[0].Region.Bottom : top) + 4;
        lines.AddRange(Block(ShareCardRole.Label, figure.Label, bold: false, [LabelSize], inner with { Top = labelTop }, int.MaxValue, Text, PaleGrey, centred: false));
    }

    private static float TagBoxWidth(string word)
    {
        using var font = ShareCardFonts.Font(bold: true, TagSize);
        return font.MeasureText(word) + 24;
    }

    /// <summary>A yellow tag with the word for "illustrative", its left edge at <paramref name="x"/>, centred on <paramref name="midY"/>.</summary>
    private static void AddTag(List<ShareCardBox> boxes, List<ShareCardLine> lines, string word, float x, float midY)
    {
        var box = new SKRect(x, midY - 16, x + TagBoxWidth(word), midY + 16);
        boxes.Add(new(ShareCardRole.Tag, box, WarmYellow));
        lines.AddRange(Block(ShareCardRole.TagText, word, bold: true, [TagSize], new SKRect(box.Left + 12, box.Top + 2, box.Right - 10, box.Bottom - 2), 1, Text, WarmYellow, centred: true));
    }

    /// <summary>
    /// A text in a region: the first size at which it fits whole in the lines the region holds, else the
    /// last size with its last line shortened with an ellipsis. Lines start at the region's left edge;
    /// the first baseline is <paramref name="baseline"/> when given.
    /// </summary>
    private static List<ShareCardLine> Block(ShareCardRole role, string text, bool bold, float[] sizes, SKRect region, int maxLines,
        SKColor colour, SKColor background, bool centred, float? baseline = null)
    {
        text = Normalise(text);
        if (text.Length == 0) return [];
        for (var s = 0; s < sizes.Length; s++)
        {
            var size = sizes[s];
            using var font = ShareCardFonts.Font(bold, size);
            var lineHeight = size * 1.2f;
            var fits = Math.Max(1, Math.Min(maxLines, (int)Math.Floor((region.Height - size * 1.25f) / lineHeight) + 1));
            var (wrapped, shortened) = Wrap(text, font, region.Width, fits);
            if (shortened && s < sizes.Length - 1) continue;
            // Centred blocks (one line in a band or a tag) sit on the region's middle; others hang from its top.
            var first = baseline ?? (centred ? region.MidY + size * 0.36f : region.Top + size * 0.95f);
            var result = new List<ShareCardLine>();
            for (var i = 0; i < wrapped.Count; i++)
            {
                var y = first + i * lineHeight;
                font.MeasureText(wrapped[i], out var ink);
                ink.Offset(region.Left, y);
                result.Add(new ShareCardLine(role, wrapped[i], bold, size, region.Left, y, colour, background, ink, region,
                    shortened && i == wrapped.Count - 1));
            }
            return result;
        }
        return [];
    }

    private static float Advance(ShareCardLine line)
    {
        using var font = ShareCardFonts.Font(line.Bold, line.Size);
        return font.MeasureText(line.Text);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Words onto lines no wider than <paramref name="width"/>; a word wider than a line is broken; past <paramref name="maxLines"/>, shortened.</summary>
    internal static (List<string> Lines, bool Shortened) Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(candidate) <= width) { current = candidate; continue; }
            if (current.Length > 0) lines.Add(current);
            var rest = word;
            while (font.MeasureText(rest) > width && lines.Count <= maxLines)
            {
                var n = Fit(rest, font, width);
                lines.Add(rest[..n]);
                rest = rest[n..];
            }
            current = rest;
            if (lines.Count > maxLines) break;
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count <= maxLines) return (lines, false);
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = WithEllipsis(kept[^1], font, width);
        return (kept, true);
    }

    /// <summary>The line with an ellipsis, words (or, for one long word, letters) dropped from its end until it fits.</summary>
    private static string WithEllipsis(string line, SKFont font, float width)
    {
        const string ellipsis = "\u2026";
        var text = line;
        while (text.Length > 0 && font.MeasureText(text.TrimEnd() + ellipsis) > width)
        {
            var space = text.TrimEnd().LastIndexOf(' ');
            text = space > 0 ? text[..space] : DropLast(text);
        }
        return text.TrimEnd().TrimEnd(',', ';', ':', '.', '-', '\u2013', '\u2014') + ellipsis;
    }

    /// <summary>The text without its last character (a surrogate pair counts as one).</summary>
    private static string DropLast(string text) =>
        text.Length >= 2 && char.IsLowSurrogate(text[^1]) ? text[..^2] : text[..^1];

    /// <summary>How many characters of <paramref name="text"/> fit in <paramref name="width"/> (at least one).</summary>
    private static int Fit(string text, SKFont font, float width)
    {
        var n = 1;
        while (n < text.Length && font.MeasureText(text[..(n + 1)]) <= width) n++;
        if (n < text.Length && char.IsHighSurrogate(text[n - 1])) n = Math.Max(1, n - 1);
        return n;
    }
}
