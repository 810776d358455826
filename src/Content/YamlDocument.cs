using StatiqReport.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StatiqReport.Content;

/// <summary>
/// Parses YAML into a node tree with 1-based positions, after a bounded pre-pass over the event
/// stream (depth, size, aliases), so no content can hang or crash the parser.
/// </summary>
public static class YamlDocument
{
    /// <summary>The root node, or null after reporting a syntax error. An empty document gives null without error.</summary>
    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after the first '---').</param>
    public static YamlNode? Parse(string text, FileContext file, out bool failed)
    {
        failed = false;
        try
        {
            if (!WithinLimits(text, file)) { failed = true; return null; }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return null;
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                file.Error(file.At(second), ErrorCodes.WrongShape, "the file holds more than one YAML document ('---' inside it); keep one document per file");
                failed = true;
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = Describe(e);
            file.Error(file.At(e.Start), message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) ? ErrorCodes.DuplicateKey : ErrorCodes.SyntaxError, message);
            failed = true;
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            file.Error(file.At(Mark.Empty), ErrorCodes.SyntaxError, $"the YAML cannot be read ({e.Message}); check its syntax");
            failed = true;
            return null;
        }
    }

    private static bool WithinLimits(string text, FileContext file)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0, events = 0, aliases = 0;
        var last = Mark.Empty;
        // For each open mapping (true) or sequence (false): whether its next node is a key.
        var containers = new Stack<(bool IsMapping, bool NextIsKey)>();
        while (true)
        {
            try
            {
                if (!parser.MoveNext()) break;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's parser gives up without a YamlException on some unclosed structures.
                file.Error(file.At(last), ErrorCodes.SyntaxError, "the YAML is not valid after this point; check for an unclosed bracket, brace or quote");
                return false;
            }
            var ev = parser.Current!;
            last = ev.End;
            events++;
            if (ev is NodeEvent or AnchorAlias && containers.Count > 0 && containers.Peek().IsMapping)
            {
                var (_, isKey) = containers.Pop();
                containers.Push((true, !isKey));
                // Keys are plain text. A list, mapping or alias as a key would be hashed by the YAML library,
                // which recurses through it: an alias cycle overflows the stack, an alias tree takes forever.
                if (isKey && ev is not Scalar)
                {
                    file.Error(file.At(ev.Start), ErrorCodes.WrongType, "a key must be plain text, not a list, a mapping or an alias (*name); write the key out");
                    return false;
                }
            }
            if (ev is MappingStart) containers.Push((true, true));
            else if (ev is SequenceStart) containers.Push((false, false));
            else if (ev is MappingEnd or SequenceEnd && containers.Count > 0) containers.Pop();
            switch (ev)
            {
                case MappingStart or SequenceStart:
                    if (++depth > ContentLimits.MaxYamlDepth)
                    {
                        file.Error(file.At(ev.Start), ErrorCodes.TooLong, $"YAML nested more than {ContentLimits.MaxYamlDepth} levels deep; flatten the structure");
                        return false;
                    }
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case AnchorAlias:
                    if (++aliases > ContentLimits.MaxYamlAliases)
                    {
                        file.Error(file.At(ev.Start), ErrorCodes.TooLong, $"more than {ContentLimits.MaxYamlAliases} YAML aliases (*name); write the values out instead");
                        return false;
                    }
                    break;
            }
            if (events > ContentLimits.MaxYamlEvents)
            {
                file.Error(file.At(ev.Start), ErrorCodes.TooLong, $"more than {ContentLimits.MaxYamlEvents:N0} YAML nodes in one file; split the file");
                return false;
            }
        }
        return true;
    }

    private static string Describe(YamlException e)
    {
        var msg = e.InnerException is { } inner && string.IsNullOrWhiteSpace(e.Message) ? inner.Message : e.Message;
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (...)": the location is printed separately.
        var cut = msg.LastIndexOf("): ", StringComparison.Ordinal);
        if (msg.StartsWith("(Line", StringComparison.Ordinal) && cut > 0) msg = msg[(cut + 3)..];
        msg = msg.Trim().TrimEnd('.');
        if (msg.Length == 0) msg = "invalid YAML";
        return $"{char.ToLowerInvariant(msg[0])}{msg[1..]}; check indentation, colons and quoting (text containing ': ' or starting with a special character needs quotes)";
    }
}
