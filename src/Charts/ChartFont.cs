using StatiqReport.Rendering;

namespace StatiqReport.Charts;

/// <summary>
/// Text widths for chart layout, from the bundled Open Sans (the font the page draws the charts' text
/// with): each character's advance is measured once with SkiaSharp and kept in a table, so measuring a
/// label is a sum, not a call into the native library. Kerning is left out, so a width is at most a
/// little wider than the browser draws it; the layout only needs room, and text is anchored at its
/// start, middle or end, so the browser places it exactly.
/// </summary>
public sealed class ChartFont
{
    public static readonly ChartFont Regular = new(bold: false);
    public static readonly ChartFont Bold = new(bold: true);

    private const float Size = 1000; // widths per 1000 px, scaled by the size asked for
    private const int Table = 0x3000; // Latin, Welsh, Greek and Cyrillic, punctuation, currency, symbols
    private readonly bool _bold;
    private readonly Lock _lock = new();
    private float[]? _advances;
    private float _ascent;
    private float _descent;

    private ChartFont(bool bold) => _bold = bold;

    /// <summary>The height above the baseline, in px, of text of the given size.</summary>
    public double Ascent(double size) { Load(); return _ascent * size / Size; }

    /// <summary>The depth below the baseline, in px, of text of the given size.</summary>
    public double Descent(double size) { Load(); return _descent * size / Size; }

    /// <summary>The width of <paramref name="text"/> drawn at <paramref name="size"/> px.</summary>
    public double Width(string text, double size)
    {
        var advances = Load();
        double sum = 0;
        foreach (var c in text)
            sum += c < Table ? advances[c] : Outside(c);
        return sum * size / Size;
    }

    private float[] Load()
    {
        if (_advances is { } ready) return ready;
        lock (_lock)
        {
            if (_advances is { } again) return again;
            using var font = ShareCardFonts.Font(_bold, Size);
            var glyphs = new ushort[Table];
            var chars = new int[Table];
            for (var i = 0; i < Table; i++) chars[i] = i;
            font.GetGlyphs(chars, glyphs);
            var widths = font.GetGlyphWidths(glyphs);
            var metrics = font.Metrics;
            (_ascent, _descent) = (-metrics.Ascent, metrics.Descent);
            _advances = widths;
            return widths;
        }
    }

    /// <summary>A character past the table (rare in labels): measured on its own.</summary>
    private float Outside(char c)
    {
        lock (_lock)
        {
            using var font = ShareCardFonts.Font(_bold, Size);
            return font.MeasureText(c.ToString());
        }
    }
}
