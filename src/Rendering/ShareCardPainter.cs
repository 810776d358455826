using SkiaSharp;

namespace StatiqReport.Rendering;

/// <summary>
/// Draws a laid-out share card as a PNG. Text is drawn as the outlines of the bundled font's glyphs
/// (unhinted), filled by Skia's own rasteriser, so the pixels do not depend on a machine's font
/// rendering; <see cref="ShareCardPng"/> writes them as a palette PNG with no time or text in it: the
/// same card gives the same bytes.
/// </summary>
public static class ShareCardPainter
{
    public static byte[] Png(ShareCardLayout layout)
    {
        var info = new SKImageInfo(ShareCardLayout.Width, ShareCardLayout.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("no drawing surface"); // not interface text
        var canvas = surface.Canvas;
        using (var fill = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill })
            foreach (var box in layout.Boxes)
            {
                fill.Color = box.Colour;
                fill.IsAntialias = box.Role == ShareCardRole.Tag;
                if (box.Role == ShareCardRole.Tag) canvas.DrawRoundRect(box.Rect, 6, 6, fill);
                else canvas.DrawRect(box.Rect, fill);
            }
        using (var ink = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill })
            foreach (var line in layout.Lines)
            {
                using var font = ShareCardFonts.Font(line.Bold, line.Size);
                using var path = font.GetTextPath(line.Text, new SKPoint(line.X, line.Baseline));
                ink.Color = line.Colour;
                canvas.DrawPath(path, ink);
            }
        using var pixels = surface.PeekPixels();
        return ShareCardPng.Write(pixels.GetPixelSpan(), info.Width, info.Height, pixels.RowBytes, ShareCardPng.Palette(layout));
    }
}
