using System.Buffers.Binary;
using System.IO.Compression;

namespace StatiqReport.Tests.Support;

/// <summary>
/// The characters a WOFF2 font has glyphs for, read from its cmap table, so a test can check the committed
/// font subsets cover what the pages print. Written by hand for the test (WOFF2 is Brotli-compressed tables
/// behind a small directory; no served .NET library reads WOFF2), per https://www.w3.org/TR/WOFF2/.
/// </summary>
public static class Woff2Characters
{
    public static HashSet<int> Of(byte[] font)
    {
        if (BinaryPrimitives.ReadUInt32BigEndian(font) != 0x774F4632) throw new InvalidDataException("not a WOFF2 file (no 'wOF2' signature)");
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(12));
        var compressedLength = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(20));
        var at = 48;
        var (cmapOffset, cmapLength, offset) = (-1, 0, 0);
        for (var i = 0; i < tables; i++)
        {
            var flags = font[at++];
            var tagIndex = flags & 0x3F;
            if (tagIndex == 0x3F) at += 4;
            var length = Base128(font, ref at);
            var version = flags >> 6;
            // glyf (10) and loca (11) are transformed at version 0, every other table at versions 1-3.
            var transformed = tagIndex is 10 or 11 ? version == 0 : version != 0;
            if (transformed) length = Base128(font, ref at);
            if (tagIndex == 0) (cmapOffset, cmapLength) = (offset, length);
            offset += length;
        }
        if (cmapOffset < 0) throw new InvalidDataException("the font has no cmap table");
        var tablesData = new byte[offset];
        using (var brotli = new BrotliStream(new MemoryStream(font, at, compressedLength), CompressionMode.Decompress))
            brotli.ReadExactly(tablesData);
        return Cmap(tablesData.AsSpan(cmapOffset, cmapLength));
    }

    /// <summary>The characters of a TrueType font (an uncompressed table directory).</summary>
    public static HashSet<int> OfTrueType(byte[] font)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = font.AsSpan(12 + i * 16);
            if (BinaryPrimitives.ReadUInt32BigEndian(record) != 0x636D6170) continue; // 'cmap'
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            return Cmap(font.AsSpan(offset, length));
        }
        throw new InvalidDataException("the font has no cmap table");
    }

    private static int Base128(byte[] data, ref int at)
    {
        var value = 0;
        for (var i = 0; i < 5; i++)
        {
            var b = data[at++];
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) return value;
        }
        throw new InvalidDataException("a WOFF2 number longer than five bytes");
    }

    /// <summary>The code points of the Unicode subtables (format 4 or 12) of a cmap table.</summary>
    private static HashSet<int> Cmap(ReadOnlySpan<byte> cmap)
    {
        var result = new HashSet<int>();
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < count; i++)
        {
            var record = cmap[(4 + i * 8)..];
            var (platform, encoding) = (BinaryPrimitives.ReadUInt16BigEndian(record), BinaryPrimitives.ReadUInt16BigEndian(record[2..]));
            if (!(platform == 0 || (platform == 3 && encoding is 1 or 10))) continue;
            var table = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(record[4..])..];
            switch (BinaryPrimitives.ReadUInt16BigEndian(table))
            {
                case 4:
                    var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
                    for (var s = 0; s < segments; s++)
                    {
                        int end = BinaryPrimitives.ReadUInt16BigEndian(table[(14 + s * 2)..]);
                        int start = BinaryPrimitives.ReadUInt16BigEndian(table[(16 + segments * 2 + s * 2)..]);
                        for (var c = start; c <= end && c != 0xFFFF; c++) result.Add(c);
                    }
                    break;
                case 12:
                    var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
                    for (var g = 0; g < groups; g++)
                    {
                        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(table[(16 + g * 12)..]);
                        var end = (int)BinaryPrimitives.ReadUInt32BigEndian(table[(20 + g * 12)..]);
                        for (var c = start; c <= end; c++) result.Add(c);
                    }
                    break;
            }
        }
        return result;
    }
}
