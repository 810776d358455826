using StatiqReport.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StatiqReport.Content;

/// <summary>
/// Parses YAML into a node tree with 1-based positions, after a bounded pre-pass over the event
/// stream (depth, size, aliases), so no content can hang or crash the parser. Mistakes are reported in
/// plain words at the place the writer made them (<see cref="YamlMistakes"/>, <see cref="YamlLostText"/>).
/// </summary>
public static class YamlDocument
{
    /// <summary>The root node, or null after reporting a syntax error. An empty document gives null without error.</summary>
    public static YamlNode? Parse(string text, FileContext file, out bool failed)
    {
        failed = false;
        var lost = new List<YamlMistake>();
        var parser = new LimitingParser(new Parser(new StringReader(text)), file, text, s =>
        {
            if (YamlLostText.Check(text, s) is { } m) lost.Add(m);
            if (s.Style is ScalarStyle.Literal or ScalarStyle.Folded) file.SwallowedKeys.AddRange(YamlLostText.KeysInBlock(text, s, file));
        });
        try
        {
            // One pass: the limits are checked on the event stream as the tree is built from it, so a
            // hostile document is stopped before its nodes are made.
            var stream = new YamlStream();
            try
            {
                stream.Load(parser);
            }
            catch (YamlException) when (parser.DuplicateReported)
            {
                // The duplicate is reported already; reading on finds any further duplicates and mistakes.
                failed = true;
                ReadOn(parser, text, file);
                return null;
            }
            if (stream.Documents.Count == 0) return null;
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                var fence = FenceAbove(text, (int)second.Line);
                file.Error(fence > 0 ? file.At(new Mark(0, fence, 1)) : file.At(second), ErrorCodes.WrongShape,
                    "this '---' line ends what the site reads of the file, so the lines after it are left out: delete the '---' lines "
                    + "(they belong only around the front matter of the Markdown pages and reports in input/), and put any text below this line under a key, such as results: |");
                failed = true;
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (LimitExceeded)
        {
            failed = true;
            return null;
        }
        catch (YamlException e)
        {
            Explain(text, file, e, parser);
            failed = true;
            return null;
        }
        catch (GaveUp e)
        {
            Report(file, YamlMistakes.Explain(new YamlLines(text, file.LineOffset), null, (int)e.At.Line, (int)e.At.Column, parser.OpenBracket));
            failed = true;
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            Report(file, [YamlMistakes.Generic(1, 1)]);
            failed = true;
            return null;
        }
        finally
        {
            Report(file, lost);
        }
    }

    /// <summary>The 1-based line of the '---' (or '...') that starts the document whose first value is on <paramref name="line"/>; 0 if none.</summary>
    private static int FenceAbove(string text, int line)
    {
        var lines = text.Split('\n');
        for (var i = Math.Min(line, lines.Length) - 1; i >= 1; i--)
            if (lines[i].TrimEnd('\r').TrimEnd() is "---" or "..." || lines[i].StartsWith("--- ", StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    private static void ReadOn(LimitingParser parser, string text, FileContext file)
    {
        try
        {
            while (parser.MoveNext()) { }
        }
        catch (LimitExceeded) { }
        catch (YamlException e) when (!e.Message.Contains("Duplicate key", StringComparison.Ordinal))
        {
            Explain(text, file, e, parser);
        }
        catch (GaveUp e)
        {
            Report(file, YamlMistakes.Explain(new YamlLines(text, file.LineOffset), null, (int)e.At.Line, (int)e.At.Column, parser.OpenBracket));
        }
    }

    private static void Explain(string text, FileContext file, YamlException e, LimitingParser parser)
    {
        // The library's message is used only to tell kinds of failure apart; the user sees our words.
        var said = e is AnchorNotFoundException ? "anchor" : e.Message;
        Report(file, YamlMistakes.Explain(new YamlLines(text, file.LineOffset), said, (int)e.Start.Line, (int)e.Start.Column, parser.OpenBracket));
    }

    private static void Report(FileContext file, IEnumerable<YamlMistake> mistakes)
    {
        foreach (var m in mistakes)
            file.Error(new SourceLocation(file.RelPath, Math.Max(m.Line, 1) + file.LineOffset, Math.Max(m.Column, 1)), m.Code, m.Message);
    }
}
