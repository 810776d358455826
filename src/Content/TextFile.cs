using System.Text;
using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>Reads content files as strict UTF-8 (a BOM is accepted), within the size limits.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null after reporting why it cannot be read.</summary>
    public static string? Read(string fullPath, string relPath, int maxBytes, DiagnosticBag diags, ErrorCode encodingCode)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > maxBytes)
            {
                diags.Error(SourceLocation.File(relPath), ErrorCodes.FileUnreadable,
                    $"file is {info.Length:N0} bytes, over the limit of {maxBytes:N0}; split it into smaller files");
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diags.Error(SourceLocation.File(relPath), ErrorCodes.FileUnreadable, $"cannot read the file: {e.Message}");
            return null;
        }
        if (EncodingHint.Utf16(bytes) is not null)
        {
            diags.Error(SourceLocation.File(relPath), encodingCode, EncodingHint.Utf16Message(relPath));
            return null;
        }
        // NUL bytes that are not UTF-16 mean a binary file (a picture, a workbook), whatever else it holds.
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            diags.Error(SourceLocation.File(relPath), encodingCode, $"the file contains NUL characters: it looks binary, not text; {EncodingHint.SaveAs(relPath)}");
            return null;
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var bad = FirstBadByte(bytes, start, e.Index + start);
            var (line, col) = LineCol(bytes, start, bad);
            diags.Error(new SourceLocation(relPath, line, col), encodingCode, EncodingHint.NotUtf8Message(relPath, bytes[bad]));
            return null;
        }
    }

    // The first byte where a well-formed UTF-8 sequence does not start: that is the character to point at
    // (the decoder's own index is of its buffer and may fall after a lead byte, e.g. on the 'x' after 'é').
    private static int FirstBadByte(byte[] bytes, int from, int fallback)
    {
        var i = from;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var length = b < 0x80 ? 1 : b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.Length) return i;
            for (var k = 1; k < length; k++)
                if ((bytes[i + k] & 0xC0) != 0x80) return i;
            // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
            var second = length > 1 ? bytes[i + 1] : 0;
            if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0) || (b == 0xF0 && second < 0x90) || (b == 0xF4 && second >= 0x90)) return i;
            i += length;
        }
        return Math.Clamp(fallback, from, Math.Max(from, bytes.Length - 1));
    }

    private static (int Line, int Col) LineCol(byte[] bytes, int from, int index)
    {
        int line = 1, col = 1;
        for (var i = from; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == (byte)'\n') { line++; col = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) col++;
        }
        return (line, col);
    }
}
