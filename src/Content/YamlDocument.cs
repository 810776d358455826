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
            // One pass: the limits are checked on the event stream as the tree is built from it, so a
            // hostile document is stopped before its nodes are made.
            var stream = new YamlStream();
            var parser = new LimitingParser(new Parser(new StringReader(text)), file);
            try
            {
                stream.Load(parser);
            }
            catch (LimitExceeded)
            {
                failed = true;
                return null;
            }
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

    /// <summary>Thrown by <see cref="LimitingParser"/> after it reported why it stopped.</summary>
    private sealed class LimitExceeded : Exception;

    /// <summary>
    /// Passes YAML events through while checking depth, size, aliases and key shapes; on a breach it
    /// reports a located error and stops the load.
    /// </summary>
    private sealed class LimitingParser(IParser inner, FileContext file) : IParser
    {
        private int _depth, _events, _aliases;
        private Mark _last = Mark.Empty;
        // For each open mapping (true) or sequence (false): whether its next node is a key.
        private readonly Stack<(bool IsMapping, bool NextIsKey)> _containers = new();

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            try
            {
                if (!inner.MoveNext()) return false;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's parser gives up without a YamlException on some unclosed structures.
                file.Error(file.At(_last), ErrorCodes.SyntaxError, "the YAML is not valid after this point; check for an unclosed bracket, brace or quote");
                throw new LimitExceeded();
            }
            Check(inner.Current!);
            return true;
        }

        private void Stop(Mark at, ErrorCode code, string message)
        {
            file.Error(file.At(at), code, message);
            throw new LimitExceeded();
        }

        private void Check(ParsingEvent ev)
        {
            _last = ev.End;
            _events++;
            if (ev is NodeEvent or AnchorAlias && _containers.Count > 0 && _containers.Peek().IsMapping)
            {
                var (_, isKey) = _containers.Pop();
                _containers.Push((true, !isKey));
                // Keys are plain text. A list, mapping or alias as a key would be hashed by the YAML library,
                // which recurses through it: an alias cycle overflows the stack, an alias tree takes forever.
                if (isKey && ev is not Scalar)
                    Stop(ev.Start, ErrorCodes.WrongType, "a key must be plain text, not a list, a mapping or an alias (*name); write the key out");
            }
            if (ev is MappingStart) _containers.Push((true, true));
            else if (ev is SequenceStart) _containers.Push((false, false));
            else if (ev is MappingEnd or SequenceEnd && _containers.Count > 0) _containers.Pop();
            switch (ev)
            {
                case MappingStart or SequenceStart:
                    if (++_depth > ContentLimits.MaxYamlDepth)
                        Stop(ev.Start, ErrorCodes.TooLong, $"YAML nested more than {ContentLimits.MaxYamlDepth} levels deep; flatten the structure");
                    break;
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
                case AnchorAlias:
                    if (++_aliases > ContentLimits.MaxYamlAliases)
                        Stop(ev.Start, ErrorCodes.TooLong, $"more than {ContentLimits.MaxYamlAliases} YAML aliases (*name); write the values out instead");
                    break;
            }
            if (_events > ContentLimits.MaxYamlEvents)
                Stop(ev.Start, ErrorCodes.TooLong, $"more than {ContentLimits.MaxYamlEvents:N0} YAML nodes in one file; split the file");
        }
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
