using SkiaSharp;
using StatiqReport.Rendering;

namespace StatiqReport.Tests.Rendering;

/// <summary>
/// A share card as drawn: 1200 × 630, the same bytes every time, every line of text inside its place
/// however long the text, readable colours, and an invented figure marked on its own tile.
/// </summary>
public sealed class ShareCardLayoutTests
{
    private static readonly string LongTitle = string.Join(' ', Enumerable.Repeat("Opening doors to good jobs for local people in every neighbourhood", 5))[..300];

    private static ShareCard Card(string title = "Opening doors: putting communities at the heart of West Yorkshire", params ShareCardFigure[] figures) =>
        new("West Yorkshire Health and Care Partnership", "Annual impact report 2023/24", title,
            figures.Length > 0 ? figures : [new("£28.8m", "Spend with voluntary, community and social enterprises", false), new("96%", "Retention after 12 months", false)],
            "Illustrative", Illustrative: false);

    private static SKRect CardRect => new(0, 0, ShareCardLayout.Width, ShareCardLayout.Height);

    private static bool Inside(SKRect inner, SKRect outer) =>
        inner.Left >= outer.Left - 0.5f && inner.Right <= outer.Right + 0.5f && inner.Top >= outer.Top - 0.5f && inner.Bottom <= outer.Bottom + 0.5f;

    [Fact]
    public void Png_Is1200By630()
    {
        using var bitmap = SKBitmap.Decode(ShareCardPainter.Png(ShareCardLayout.Of(Card())));
        Assert.NotNull(bitmap);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Png_KeepsEveryColourExactly_TextIncluded()
    {
        // The PNG is a palette of each text colour blended over its background: the colours themselves are in it.
        using var bitmap = SKBitmap.Decode(ShareCardPainter.Png(ShareCardLayout.Of(Card("Title", new ShareCardFigure("£1.2m", "spent locally", true)))));
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 1)
            for (var x = 0; x < bitmap.Width; x += 1)
                colours.Add(bitmap.GetPixel(x, y));
        foreach (var c in new[] { ShareCardLayout.Text, ShareCardLayout.Secondary, ShareCardLayout.NhsBlue, ShareCardLayout.White, ShareCardLayout.PaleGrey, ShareCardLayout.WarmYellow })
            Assert.Contains(c, colours);
        Assert.InRange(colours.Count, 20, 256);
    }

    [Fact]
    public void Png_SameCard_SameBytes_AndNoTimeOrTextChunks()
    {
        var first = ShareCardPainter.Png(ShareCardLayout.Of(Card()));
        var second = ShareCardPainter.Png(ShareCardLayout.Of(Card()));
        Assert.Equal(first, second);
        var chunks = new List<string>();
        for (var i = 8; i + 8 <= first.Length;)
        {
            var length = (first[i] << 24) | (first[i + 1] << 16) | (first[i + 2] << 8) | first[i + 3];
            chunks.Add(System.Text.Encoding.ASCII.GetString(first, i + 4, 4));
            i += 12 + length;
        }
        Assert.Equal("IHDR", chunks[0]);
        Assert.Equal("IEND", chunks[^1]);
        Assert.Equal(["IHDR", "PLTE", "IDAT", "IEND"], chunks);
    }

    [Fact]
    public void Title_Of300Characters_IsWrappedAndShortened_EveryLineInsideItsRegion()
    {
        var layout = ShareCardLayout.Of(Card(LongTitle));
        var title = layout.Lines.Where(l => l.Role == ShareCardRole.Title).ToList();
        Assert.InRange(title.Count, 2, 5);
        Assert.EndsWith("\u2026", title[^1].Text);
        Assert.True(title[^1].Shortened);
        // Every line drawn stays inside its region, and every region inside the card.
        foreach (var line in layout.Lines)
        {
            Assert.True(Inside(line.Bounds, line.Region), $"'{line.Text}' ({line.Role}) drawn at {line.Bounds} outside {line.Region}");
            Assert.True(Inside(line.Region, CardRect), $"{line.Role} region {line.Region} outside the card");
        }
        // Lines of the title do not overlap one another, and the title ends above the figures.
        for (var i = 1; i < title.Count; i++) Assert.True(title[i].Bounds.Top >= title[i - 1].Bounds.Bottom - 1, "title lines overlap");
        var tilesTop = layout.Boxes.Where(b => b.Role == ShareCardRole.Tile).Min(b => b.Rect.Top);
        Assert.True(title[^1].Bounds.Bottom < tilesTop);
        // What is drawn is the title's own words, in order, up to the ellipsis.
        var drawn = string.Join(' ', title.Select(l => l.Text)).TrimEnd('\u2026');
        Assert.StartsWith(drawn, LongTitle, StringComparison.Ordinal);
    }

    [Fact]
    public void LongSystemName_StaysOnOneLineInTheBand()
    {
        var layout = ShareCardLayout.Of(Card() with { System = "Bath and North East Somerset, Swindon and Wiltshire Integrated Care System and its anchor partners" });
        var band = layout.Boxes.Single(b => b.Role == ShareCardRole.Band).Rect;
        var system = Assert.Single(layout.Lines, l => l.Role == ShareCardRole.System);
        Assert.True(Inside(system.Bounds, band) && Inside(system.Bounds, system.Region), $"{system.Bounds} outside {band}");
    }

    [Fact]
    public void Title_OfOneUnbrokenWord_IsBrokenInsideTheCard()
    {
        var layout = ShareCardLayout.Of(Card(new string('W', 300)));
        var title = layout.Lines.Where(l => l.Role == ShareCardRole.Title).ToList();
        Assert.True(title.Count > 1);
        Assert.All(title, l => Assert.True(Inside(l.Bounds, l.Region), $"{l.Bounds} outside {l.Region}"));
    }

    [Fact]
    public void ShortTitle_IsDrawnWhole_AtTheLargestSize()
    {
        var title = ShareCardLayout.Of(Card("Local jobs")).Lines.Single(l => l.Role == ShareCardRole.Title);
        Assert.Equal("Local jobs", title.Text);
        Assert.False(title.Shortened);
        Assert.Equal(56, title.Size);
    }

    [Fact]
    public void LongValueAndLabel_StayInsideTheirTile()
    {
        var layout = ShareCardLayout.Of(Card("Heat", new ShareCardFigure("−2,470,000 tonnes CO2e", "of carbon emissions avoided each year by the new heat network serving the hospital, the college, the library and the estate beside them, counted by the partners together from their meter readings", false),
            new("£1.2m", "spent locally", false), new("23.5%", "of new starters", false)));
        var tiles = layout.Boxes.Where(b => b.Role == ShareCardRole.Tile).Select(b => b.Rect).ToList();
        Assert.Equal(3, tiles.Count);
        foreach (var line in layout.Lines.Where(l => l.Role is ShareCardRole.Value or ShareCardRole.Label))
            Assert.Contains(tiles, t => Inside(line.Bounds, t));
        Assert.True(layout.Lines.First(l => l.Role == ShareCardRole.Value).Size < 54, "a value too wide for its tile is drawn smaller");
        Assert.EndsWith("\u2026", layout.Lines.Last(l => l.Role == ShareCardRole.Label && l.Bounds.Left < tiles[0].Right).Text);
    }

    [Fact]
    public void NoFigures_TheSummaryTakesTheirPlace_InsideTheCard()
    {
        var card = new ShareCard("Northshire Integrated Care System", "Case study", LongTitle, [], "Illustrative", false) { Summary = LongTitle + " " + LongTitle };
        var layout = ShareCardLayout.Of(card);
        var title = layout.Lines.Where(l => l.Role == ShareCardRole.Title).ToList();
        var summary = layout.Lines.Where(l => l.Role == ShareCardRole.Summary).ToList();
        Assert.NotEmpty(summary);
        Assert.True(summary[0].Bounds.Top > title[^1].Bounds.Bottom);
        Assert.EndsWith("\u2026", summary[^1].Text);
        Assert.All(layout.Lines, l => Assert.True(Inside(l.Bounds, l.Region) && Inside(l.Region, CardRect), $"{l.Role} {l.Bounds} outside {l.Region}"));
        // With figures, no summary is drawn.
        Assert.DoesNotContain(ShareCardLayout.Of(Card() with { Summary = "A summary." }).Lines, l => l.Role == ShareCardRole.Summary);
    }

    [Fact]
    public void MoreThanThreeFigures_ShowsTheFirstThree()
    {
        var layout = ShareCardLayout.Of(Card("Four", new ShareCardFigure("1", "a", false), new("2", "b", false), new("3", "c", false), new("4", "d", false)));
        Assert.Equal(["1", "2", "3"], layout.Lines.Where(l => l.Role == ShareCardRole.Value).Select(l => l.Text));
    }

    /// <summary>WCAG 2 contrast ratio of two colours.</summary>
    private static double Contrast(SKColor a, SKColor b)
    {
        static double Channel(byte c) { var s = c / 255.0; return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4); }
        static double Luminance(SKColor c) => 0.2126 * Channel(c.Red) + 0.7152 * Channel(c.Green) + 0.0722 * Channel(c.Blue);
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    [Fact]
    public void EveryLine_IsAA_OnTheColourActuallyBehindIt()
    {
        var layout = ShareCardLayout.Of(Card("Title", new ShareCardFigure("£1.2m", "spent locally", true), new("23.5%", "of new starters", false)) with { Illustrative = true });
        foreach (var line in layout.Lines)
        {
            // The colour behind a line is the last box drawn under the whole of it.
            var behind = layout.Boxes.Last(b => Inside(line.Bounds, b.Rect)).Colour;
            Assert.Equal(line.Background, behind);
            Assert.True(Contrast(line.Colour, behind) >= 4.5, $"'{line.Text}' has contrast {Contrast(line.Colour, behind):0.00}");
        }
    }

    [Fact]
    public void IllustrativeFigure_IsTaggedOnItsOwnTile_InTheDrawing()
    {
        var layout = ShareCardLayout.Of(Card("Title", new ShareCardFigure("£1.2m", "spent locally", true), new("23.5%", "of new starters", false)));
        var tiles = layout.Boxes.Where(b => b.Role == ShareCardRole.Tile).Select(b => b.Rect).ToList();
        var tag = Assert.Single(layout.Lines, l => l.Role == ShareCardRole.TagText);
        Assert.Equal("Illustrative", tag.Text);
        Assert.True(Inside(tag.Bounds, tiles[0]));

        // In the pixels: the tag's yellow is on the first tile and nowhere on the second.
        using var bitmap = SKBitmap.Decode(ShareCardPainter.Png(layout));
        int Yellow(SKRect r)
        {
            var n = 0;
            for (var y = (int)r.Top; y < (int)r.Bottom; y++)
                for (var x = (int)r.Left; x < (int)r.Right; x++)
                    if (bitmap.GetPixel(x, y) == ShareCardLayout.WarmYellow) n++;
            return n;
        }
        Assert.True(Yellow(tiles[0]) > 1000, "no tag drawn on the illustrative figure's tile");
        Assert.Equal(0, Yellow(tiles[1]));
        Assert.Equal(0, Yellow(new SKRect(0, 0, 1200, 400)));
    }
}
