namespace StatiqReport.Content;

/// <summary>
/// Characters that Word and web pages put into text and that look like ordinary ones, or like nothing at all:
/// a message that says "write west-yorkshire" where the text already seems to read west-yorkshire must name them.
/// </summary>
public static class LookAlike
{
    private static readonly Dictionary<char, string> Names = new()
    {
        ['\u2011'] = "a non-breaking hyphen (looks like - but is not; Word makes it)",
        ['\u2010'] = "a Unicode hyphen (looks like - but is not)",
        ['\u2012'] = "a figure dash (looks like - but is not)",
        ['\u2013'] = "an en dash (–, which Word makes from -)",
        ['\u2014'] = "an em dash (—)",
        ['\u2212'] = "a minus sign (looks like - but is not)",
        ['\u00AD'] = "an invisible soft hyphen",
        ['\u200B'] = "an invisible zero-width space (copied from a web page?)",
        ['\u200C'] = "an invisible zero-width non-joiner",
        ['\u200D'] = "an invisible zero-width joiner",
        ['\u2060'] = "an invisible word joiner",
        ['\uFEFF'] = "an invisible zero-width no-break space",
        ['\u00A0'] = "a non-breaking space (looks like a space but is not)",
        ['\u202F'] = "a narrow non-breaking space",
        ['\u2022'] = "a Word bullet (•)",
    };

    /// <summary>The first such character in <paramref name="text"/>: its index and what to call it; null when there is none.</summary>
    public static (int Index, string Name)? First(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (Names.TryGetValue(text[i], out var name)) return (i, name);
        return null;
    }

    /// <summary>" (where it reads ..., there is ...)": where the character is, in words; "" when there is none.</summary>
    public static string Note(string text)
    {
        if (First(text) is not { } found) return "";
        var before = text[..found.Index].Trim();
        var where = before.Length == 0 ? "at its start" : $"after '{MapReader.Clip(before)}'";
        var fix = found.Name.Contains("invisible", StringComparison.Ordinal) ? "delete it (it takes no room, so retyping the whole text is the surest way)"
            : found.Name.Contains("space", StringComparison.Ordinal) ? "type an ordinary space in its place"
            : found.Name.Contains("bullet", StringComparison.Ordinal) ? "start the item with '- ' instead"
            : "type - (the hyphen key) in its place";
        return $"; there is {found.Name} {where}: {fix}";
    }
}
