using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace StatiqReport.Rendering;

/// <summary>
/// Writes a share card as an 8-bit palette PNG. A card is flat colours and antialiased text, so every pixel
/// is a blend of a text colour and the colour behind it: the palette holds each such pair at 16 steps
/// (the eye cannot tell more at this size) and each pixel takes its nearest entry. That makes a card about a
/// third of the size of Skia's RGB PNG (a national site has thousands), and quicker to write. Only the
/// chunks a picture needs are written (IHDR, PLTE, IDAT, IEND): no time, no text, so the same pixels give
/// the same bytes.
/// </summary>
internal static class ShareCardPng
{
    private const int Steps = 16;
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>The palette of a layout: every box colour, and every text (or tag) colour blended over the colour behind it.</summary>
    public static IReadOnlyList<SKColor> Palette(ShareCardLayout layout)
    {
        var pairs = layout.Lines.Select(l => (l.Colour, l.Background))
            .Concat(layout.Boxes.Where(b => b.Role == ShareCardRole.Tag).SelectMany(t => layout.Boxes.Where(b => b.Role != ShareCardRole.Tag).Select(b => (t.Colour, b.Colour))))
            .Distinct();
        var palette = new List<SKColor>();
        var seen = new HashSet<SKColor>();
        void Add(SKColor c) { if (seen.Add(c)) palette.Add(c); }
        foreach (var box in layout.Boxes) Add(box.Colour);
        foreach (var (fore, back) in pairs)
            for (var s = 1; s <= Steps; s++)
                Add(Blend(fore, back, s / (float)Steps));
        return palette.Count <= 256 ? palette : palette.Take(256).ToList();
    }

    private static SKColor Blend(SKColor fore, SKColor back, float a) => new(
        (byte)Math.Round(back.Red + (fore.Red - back.Red) * a), (byte)Math.Round(back.Green + (fore.Green - back.Green) * a),
        (byte)Math.Round(back.Blue + (fore.Blue - back.Blue) * a));

    /// <summary>A palette PNG of opaque RGBA pixels (rows <paramref name="rowBytes"/> apart), each pixel its nearest palette colour.</summary>
    public static byte[] Write(ReadOnlySpan<byte> rgba, int width, int height, int rowBytes, IReadOnlyList<SKColor> palette)
    {
        var indexed = new byte[(width + 1) * height];
        var nearest = new Dictionary<uint, byte>();
        var (last, lastIndex) = (uint.MaxValue, (byte)0);
        for (var y = 0; y < height; y++)
        {
            // Each pixel read as one 32-bit word (R, G, B, A in memory order), compared whole with the one before:
            // most of a card is runs of one colour. (Reading the three bytes one by one took a third of a card's time.)
            var row = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(rgba.Slice(y * rowBytes, width * 4));
            var o = y * (width + 1);
            indexed[o++] = 0; // filter: none (runs of one index compress to almost nothing)
            foreach (var word in row)
            {
                var rgb = BitConverter.IsLittleEndian ? word & 0x00FFFFFFu : word >> 8;
                if (rgb != last)
                {
                    if (!nearest.TryGetValue(rgb, out lastIndex))
                    {
                        var (r, g, b) = BitConverter.IsLittleEndian ? ((byte)rgb, (byte)(rgb >> 8), (byte)(rgb >> 16)) : ((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
                        nearest[rgb] = lastIndex = Nearest(palette, r, g, b);
                    }
                    last = rgb;
                }
                indexed[o++] = lastIndex;
            }
        }
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(indexed);

        using var png = new MemoryStream();
        png.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per index
        header[9] = 3; // palette
        Chunk(png, "IHDR", header); // compression, filter method and interlace stay 0
        var plte = new byte[palette.Count * 3];
        for (var i = 0; i < palette.Count; i++) (plte[i * 3], plte[i * 3 + 1], plte[i * 3 + 2]) = (palette[i].Red, palette[i].Green, palette[i].Blue);
        Chunk(png, "PLTE", plte);
        Chunk(png, "IDAT", compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The palette entry nearest a colour (squared distance; the first of equals).</summary>
    private static byte Nearest(IReadOnlyList<SKColor> palette, byte r, byte g, byte b)
    {
        var (best, bestDistance) = (0, int.MaxValue);
        for (var i = 0; i < palette.Count; i++)
        {
            var (dr, dg, db) = (palette[i].Red - r, palette[i].Green - g, palette[i].Blue - b);
            var d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) (best, bestDistance) = (i, d);
        }
        return (byte)best;
    }

    private static void Chunk(Stream to, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        to.Write(word);
        Span<byte> name = [(byte)type[0], (byte)type[1], (byte)type[2], (byte)type[3]];
        to.Write(name);
        to.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc(Crc(0xFFFFFFFFu, name), data) ^ 0xFFFFFFFFu);
        to.Write(word);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
