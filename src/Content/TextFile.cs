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
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = Strict.GetString(bytes, start, bytes.Length - start);
            if (text.Contains('\0'))
            {
                diags.Error(SourceLocation.File(relPath), encodingCode, "the file contains NUL characters: it looks binary, not text; save it as UTF-8 text");
                return null;
            }
            return text;
        }
        catch (DecoderFallbackException e)
        {
            var (line, col) = LineCol(bytes, start, e.Index + start);
            diags.Error(new SourceLocation(relPath, line, col), encodingCode,
                "the file is not valid UTF-8 (it may be saved as Windows-1252 or UTF-16); save it as UTF-8");
            return null;
        }
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
