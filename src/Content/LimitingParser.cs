using StatiqReport.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StatiqReport.Content;

/// <summary>Thrown by <see cref="LimitingParser"/> after it reported why it stopped.</summary>
internal sealed class LimitExceeded : Exception;

/// <summary>Thrown when the YAML library gave up without a message: <see cref="At"/> is the last place it read.</summary>
internal sealed class GaveUp(Mark at) : Exception
{
    public Mark At { get; } = at;
}

/// <summary>
/// Passes YAML events through while checking depth, size, aliases and key shapes; on a breach it
/// reports a located error and stops the load. On the way it reports keys given twice (all of them,
/// not only the first), remembers which '[' or '{' are still open, and hands each unquoted text (plain, or a | or > block) to
/// <paramref name="onText"/>.
/// </summary>
internal sealed class LimitingParser(IParser inner, FileContext file, string text, Action<Scalar> onText) : IParser
{
    private int _depth, _events, _aliases;
    private Mark _last = Mark.Empty;
    private readonly Stack<Container> _containers = new();

    /// <summary>An open mapping or list: whether its next node is a key, and the keys it has had, with where.</summary>
    private sealed class Container(bool isMapping, bool isFlow, Mark start)
    {
        public bool IsMapping { get; } = isMapping;
        public bool IsFlow { get; } = isFlow;
        public Mark Start { get; } = start;
        public bool NextIsKey { get; set; } = isMapping;
        public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
    }

    public ParsingEvent? Current => inner.Current;

    /// <summary>Whether a key given twice was reported (the YAML library then stops with its own error).</summary>
    public bool DuplicateReported { get; private set; }

    /// <summary>Where the outermost '[' or '{' still open was typed (1-based), if any.</summary>
    public (int Line, int Column)? OpenBracket =>
        _containers.LastOrDefault(c => c.IsFlow && c.Start.Index < text.Length && text[(int)c.Start.Index] is '[' or '{') is { } open
            ? ((int)open.Start.Line, (int)open.Start.Column)
            : null;

    public bool MoveNext()
    {
        try
        {
            if (!inner.MoveNext()) return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser gives up without a YamlException on some unclosed structures.
            throw new GaveUp(_last);
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
            var map = _containers.Peek();
            var isKey = map.NextIsKey;
            map.NextIsKey = !isKey;
            // Keys are plain text. A list, mapping or alias as a key would be hashed by the YAML library,
            // which recurses through it: an alias cycle overflows the stack, an alias tree takes forever.
            if (isKey && ev is not Scalar)
                Stop(ev.Start, ErrorCodes.WrongType, "a key must be plain text, not a list, a group in { } or a reference (*name); write the key out");
            if (isKey && ev is Scalar key) Remember(map, key);
        }
        if (ev is Scalar { Style: ScalarStyle.Plain or ScalarStyle.Literal or ScalarStyle.Folded } scalar) onText(scalar);
        if (ev is MappingStart m) _containers.Push(new Container(true, m.Style == MappingStyle.Flow, m.Start));
        else if (ev is SequenceStart q) _containers.Push(new Container(false, q.Style == SequenceStyle.Flow, q.Start));
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
                    Stop(ev.Start, ErrorCodes.TooLong, $"more than {ContentLimits.MaxYamlAliases} YAML references (*name); write the values out instead");
                break;
        }
        if (_events > ContentLimits.MaxYamlEvents)
            Stop(ev.Start, ErrorCodes.TooLong, $"more than {ContentLimits.MaxYamlEvents:N0} YAML values in one file; split the file");
    }

    private void Remember(Container map, Scalar key)
    {
        if (map.Keys.TryAdd(key.Value, key.Start)) return;
        DuplicateReported = true;
        var first = file.At(map.Keys[key.Value]).Line;
        file.Error(file.At(key.Start), ErrorCodes.DuplicateKey,
            $"'{key.Value}' is given twice: first on line {first}, and again here; keep one of them and delete the other");
    }
}
