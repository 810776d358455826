using SkiaSharp;

namespace StatiqReport.Rendering;

/// <summary>
/// The one place that names the font files share cards are drawn with: the bundled theme's own
/// TrueType files, loaded from their bytes, never a font installed on the machine, so a card is the
/// same wherever it is built. (The pages use WOFF2 subsets of the same fonts; drawing needs the full
/// TrueType files, which is why they are named here and not taken from the page's head. Keep them in theme/fonts/.)
/// </summary>
public static class ShareCardFonts
{
    /// <summary>The theme-relative files drawn with.</summary>
    public const string RegularFile = "fonts/OpenSans-Regular.ttf";
    public const string BoldFile = "fonts/OpenSans-Bold.ttf";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load(RegularFile));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load(BoldFile));

    public static SKTypeface Regular => RegularFace.Value;
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>A font of the given weight and size, unhinted with linear metrics: widths and outlines do not depend on the machine.</summary>
    public static SKFont Font(bool bold, float size) => new(bold ? Bold : Regular, size)
    {
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
        Edging = SKFontEdging.Antialias,
    };

    /// <summary>The full path of a font file of the bundled theme.</summary>
    public static string Path(string file) => System.IO.Path.Combine(Output.ThemeAssets.BundledFolder, file.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static SKTypeface Load(string file)
    {
        var path = Path(file);
        using var data = SKData.CreateCopy(File.ReadAllBytes(path));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"the font file {path} could not be read"); // not interface text
    }
}
