using System.Text.RegularExpressions;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// The YAML mistakes people make, each reported at the line and column where it was made, in plain
/// words that say what to type, with no parser jargon and no stack trace, and exit code 1.
/// </summary>
public sealed partial class YamlErrorTests
{
    private const string Case = "data/case-studies/alpha-jobs.yml";
    private const string About = "input/about.md";

    // Words of the YAML library that a comms officer should never have to read.
    [GeneratedRegex(@"\b(scalars?|mappings?|sequences?|tokens?|flow|nodes?|indicator|block|stream)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Jargon();

    /// <summary>Runs validate on the minimal site after a change, and returns the errors printed for one file.</summary>
    private static List<string> ErrorsFor(string rel, Action<TempSite> change)
    {
        using var site = new TempSite("minimal-site");
        change(site);
        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        var errors = result.Errors.Where(e => e.StartsWith(rel + "(", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count > 0, $"no error for {rel}; got:\n{result.Stderr}");
        foreach (var e in errors)
            Assert.False(Jargon().IsMatch(e), $"parser jargon in: {e}");
        return errors;
    }

    private static string Only(List<string> errors)
    {
        Assert.True(errors.Count == 1, "expected one error, got:\n" + string.Join('\n', errors));
        return errors[0];
    }

    private static void Says(string error, string prefix, params string[] phrases)
    {
        Assert.True(error.StartsWith(prefix, StringComparison.Ordinal), $"expected '{prefix}...', got: {error}");
        foreach (var phrase in phrases) Assert.Contains(phrase, error, StringComparison.Ordinal);
    }

    // The fixture's case study plus more lines, so a mistake can sit deep in the file (line 23).
    private const string LongCase =
        "title: Alpha jobs\nsystem: alpha\nprinciples: [local-assets, share-resources]\nsummary: Local people into local jobs.\n" +
        "faced: |\n  Unemployment was high.\ndid: |\n  The system ran a *jobs* programme.\nresults: |\n  - 100 people found work.\n" +
        "figures:\n  - value: 100\n    unit: count\n    label: people into work\n  - value: 20\n    unit: percent\n    label: living wage\n" +
        "organisations:\n  - Alpha council\n  - Alpha college\nquotes:\n  - text: It worked.\n    by: A manager\n";

    [Fact]
    public void Tab_DeepInFile_ReportedAtItsLineAndColumn()
    {
        var e = Only(ErrorsFor(Case, s => s.Write(Case, LongCase.Replace("    by: A manager", "\tby: A manager", StringComparison.Ordinal))));
        Says(e, $"{Case}(23,1): error SR0001: ", "indented with a tab", "use spaces, not a tab");
    }

    [Fact]
    public void Tab_AfterSpaces_ReportedAtTheTab_AndEveryTabLineAtOnce()
    {
        var text = LongCase.Replace("    unit: percent", "  \tunit: percent", StringComparison.Ordinal)
            .Replace("    by: A manager", "\tby: A manager", StringComparison.Ordinal);
        var errors = ErrorsFor(Case, s => s.Write(Case, text));
        Assert.Equal(2, errors.Count);
        Says(errors[0], $"{Case}(16,3): error SR0001: ", "tab");
        Says(errors[1], $"{Case}(23,1): error SR0001: ", "tab");
    }

    [Fact]
    public void Tab_InFrontMatter_CountsTheFrontMatterLines()
    {
        var e = Only(ErrorsFor(About, s => s.Write(About, "---\ntitle: About\n\tsummary: About this test site.\n---\nText.\n")));
        Says(e, $"{About}(3,1): error SR0001: ", "use spaces, not a tab");
    }

    [Fact]
    public void NonBreakingSpacesAsIndentation_OnTheLastLine_ReportedThere_NamingThem()
    {
        // Given Word's non-breaking spaces as the indentation of the last line (y16): the library stops after the end of the file.
        var text = LongCase.Replace("  - Alpha college\nquotes:\n  - text: It worked.\n    by: A manager\n", "\u00a0\u00a0- Alpha college\n", StringComparison.Ordinal);
        Assert.EndsWith("\u00a0\u00a0- Alpha college\n", text, StringComparison.Ordinal);
        var e = Only(ErrorsFor(Case, s => s.Write(Case, text)));
        Says(e, $"{Case}(20,1): error SR0001: this line starts with a non-breaking space (copied from Word?)",
            "delete the spaces at the start of the line and type ordinary spaces");
    }

    [Fact]
    public void NonBreakingSpaceAfterTheColon_ReportedThere_WithALineOfOrdinarySpaces()
    {
        // y20: "title:" then a non-breaking space; the example must not carry the non-breaking space again.
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "title: Alpha jobs", "title:\u00a0Alpha jobs")));
        Says(e, $"{Case}(1,7): error SR0001: after the colon of 'title' there is a non-breaking space (copied from Word?)",
            "type an ordinary space, as in title: Alpha jobs");
        Assert.DoesNotContain('\u00a0', e);
    }

    [Fact]
    public void CaseStudyWrittenAsAList_SaysToDeleteTheDash_InPlainWords()
    {
        // y34: each line starting '- ', like the catalogue files.
        var e = Only(ErrorsFor(Case, s => s.Write(Case, "- title: Alpha jobs\n  system: alpha\n")));
        Says(e, $"{Case}(1,1): error SR0004: case study 'alpha-jobs' must be written as 'key: value' lines, but its lines start with '- '",
            "delete the '- ' at the start of the first line");
        Assert.DoesNotContain("mapping", e, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyCaseStudy_SaysItHasNothingInIt()
    {
        var e = Only(ErrorsFor(Case, s => s.Write(Case, "")));
        Says(e, $"{Case}(1,1): error SR0004: case study 'alpha-jobs' has nothing in it; write its 'key: value' lines");
    }

    [Fact]
    public void DashLinesAroundACaseStudy_ReportedAtTheSecondDashLine_InPlainWords()
    {
        // y35: '---' lines copied from a report, the second on line 22, then text.
        var text = "---\n" + LongCase.Replace("quotes:\n  - text: It worked.\n    by: A manager\n", "", StringComparison.Ordinal) + "---\nSome text here.\n";
        Assert.Equal("---", text.Split('\n')[21]);
        var e = Only(ErrorsFor(Case, s => s.Write(Case, text)));
        Says(e, $"{Case}(22,1): error SR0004: this '---' line ends what the site reads of the file, so the lines after it are left out: delete the '---' lines",
            "put any text below this line under a key, such as results: |");
        Assert.DoesNotContain("document", e, StringComparison.Ordinal);
    }

    [Fact]
    public void TextGivenAsKeyValueLines_SaysSoInPlainWords()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "summary: Local people into local jobs.", "summary:\n  text: Local people.")));
        Says(e, $"{Case}(5,3): error SR0108: 'summary' of case study 'alpha-jobs' must be text, found 'key: value' lines");
    }

    [Fact]
    public void UnclosedDoubleQuote_ReportedWhereItOpens()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "title: Alpha jobs", "title: \"Alpha jobs")));
        Says(e, $"{Case}(1,8): error SR0001: ", "double quote", "never closed", "title: \"Alpha jobs\"");
    }

    [Fact]
    public void UnclosedSingleQuote_ReportedWhereItOpens()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "summary: Local people", "summary: 'Local people")));
        Says(e, $"{Case}(4,10): error SR0001: ", "single quote", "never closed", "summary: 'Local people into local jobs.'");
    }

    [Fact]
    public void UnclosedSquareBracket_ReportedWhereItOpens()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "share-resources]", "share-resources")));
        Says(e, $"{Case}(3,13): error SR0001: ", "never closed", "add ]", "principles: [local-assets, share-resources]");
    }

    [Fact]
    public void UnclosedBrace_ReportedWhereItOpens()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "figures:\n", "image: {src: input/images/p.png, alt: A photo\nfigures:\n")));
        Says(e, $"{Case}(11,8): error SR0001: ", "never closed", "add }", "image: {src: input/images/p.png, alt: A photo}");
    }

    [Fact]
    public void NoSpaceAfterColon_ReportedAtTheColon()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "system: alpha", "system:alpha")));
        Says(e, $"{Case}(2,7): error SR0001: ", "put a space after the colon", "system: alpha");
    }

    [Fact]
    public void NoSpaceAfterColon_OnTheFirstLine_ReportedThereNotOnTheNext()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "title: Alpha jobs", "title:Alpha jobs")));
        Says(e, $"{Case}(1,6): error SR0001: ", "put a space after the colon", "title: Alpha jobs");
    }

    [Fact]
    public void MissingColon_ReportedAtTheLine()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "system: alpha", "system alpha")));
        Says(e, $"{Case}(2,1): error SR0001: ", "no colon", "system: alpha");
    }

    [Fact]
    public void ListItem_OverIndented_ReportedAtItsDash()
    {
        var e = Only(ErrorsFor(Case, s => s.Write(Case, LongCase.Replace("  - value: 20", "   - value: 20", StringComparison.Ordinal)
            .Replace("    unit: percent\n    label: living wage", "     unit: percent\n     label: living wage", StringComparison.Ordinal))));
        Says(e, $"{Case}(15,4): error SR0001: ", "column 4", "line 12", "move the '-' to column 3");
    }

    [Fact]
    public void ListItem_OverIndentedText_ReadAsPartOfTheItemAbove_ReportedAtItsDash()
    {
        var e = Only(ErrorsFor(Case, s => s.Write(Case, LongCase.Replace("  - Alpha college", "   - Alpha college", StringComparison.Ordinal))));
        Says(e, $"{Case}(20,4): error SR0001: ", "read as one item", "move the '-' to column 3");
    }

    [Fact]
    public void ListItem_UnderIndented_ReportedAtItsDash()
    {
        var e = Only(ErrorsFor(Case, s => s.Write(Case, LongCase.Replace("  - value: 20", " - value: 20", StringComparison.Ordinal)
            .Replace("    unit: percent\n    label: living wage", "   unit: percent\n   label: living wage", StringComparison.Ordinal))));
        Says(e, $"{Case}(15,2): error SR0001: ", "column 2", "move the '-' to column 3");
    }

    [Fact]
    public void Key_IndentedUnderATextValue_ReportedAtTheLine()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "system: alpha", "  system: alpha")));
        Says(e, $"{Case}(2,3): error SR0001: ", "'system' is indented more than 'title' on line 1", "column 1");
    }

    [Fact]
    public void TextWithColonAndSpace_ReportedAtTheColon_WithTheQuotedLine()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "summary: Local people", "summary: Results: local people")));
        Says(e, $"{Case}(4,17): error SR0001: ", "the text of 'summary'", "double quotes", "summary: \"Results: local people into local jobs.\"");
    }

    [Fact]
    public void TextStartingWithHash_IsAnError_NotSilentlyEmpty()
    {
        // The loader also says the summary is empty (SR0107): true, and this error says why.
        var e = ErrorsFor(Case, s => s.Replace(Case, "summary: Local people", "summary: #1 for local people")).Single(e => e.Contains("SR0007", StringComparison.Ordinal));
        Says(e, $"{Case}(4,10): error SR0007: ", "left out", "double quotes", "summary: \"#1 for local people into local jobs.\"", "space after the #");
    }

    [Fact]
    public void TextWithHashInside_IsAnError_NotSilentlyCut()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "title: Alpha jobs", "title: Alpha jobs #2")));
        Says(e, $"{Case}(1,19): error SR0007: ", "\"#2\"", "left out", "title: \"Alpha jobs #2\"");
    }

    [Fact]
    public void NoteAfterAValue_WithASpaceAfterTheHash_IsFine()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "system: alpha", "system: alpha        # a file name in data/systems/");
        var result = site.Run("validate");
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Fact]
    public void TextAfterClosingQuote_SaysToUseTheOtherQuotes()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "summary: Local people into local jobs.", "summary: \"Local\" people into local jobs.")));
        Says(e, $"{Case}(4,10): error SR0001: ", "starts with a quote", "single quotes", "summary: '\"Local\" people into local jobs.'");
    }

    [Fact]
    public void ApostropheInSingleQuotes_SaysToUseDoubleQuotes()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "title: Alpha jobs", "title: 'Alpha's jobs'")));
        Says(e, $"{Case}(1,8): error SR0001: ", "double quotes", "title: \"Alpha's jobs\"");
    }

    [Fact]
    public void TextStartingWithAsterisk_SaysToQuoteIt()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "summary: Local people", "summary: *Local* people")));
        Says(e, $"{Case}(4,10): error SR0001: ", "starts with *", "summary: \"*Local* people into local jobs.\"");
    }

    [Fact]
    public void DuplicateKey_NamesTheKeyAndTheFirstLine_AndEveryRepeatIsReported()
    {
        var errors = ErrorsFor(Case, s => s.Replace(Case, "summary: Local people into local jobs.\n",
            "summary: Local people into local jobs.\ntitle: Again\nsummary: Again.\n"));
        Assert.Equal(2, errors.Count);
        Says(errors[0], $"{Case}(5,1): error SR0003: ", "'title' is given twice", "first on line 1");
        Says(errors[1], $"{Case}(6,1): error SR0003: ", "'summary' is given twice", "first on line 4");
    }

    [Fact]
    public void DuplicateKey_InFrontMatter_CountsTheFrontMatterLines()
    {
        var e = Only(ErrorsFor(About, s => s.Write(About, "---\ntitle: About\nsummary: One.\ntitle: Two\n---\nText.\n")));
        Says(e, $"{About}(4,1): error SR0003: ", "'title' is given twice", "first on line 2");
    }

    [Fact]
    public void ColonInFrontMatterText_CountsTheFrontMatterLines()
    {
        var e = Only(ErrorsFor(About, s => s.Write(About, "---\ntitle: About: this site\n---\nText.\n")));
        Says(e, $"{About}(2,13): error SR0001: ", "the text of 'title'", "title: \"About: this site\"");
    }

    [Fact]
    public void UntranslatedMistake_StillInPlainWords()
    {
        var e = Only(ErrorsFor(Case, s => s.Replace(Case, "system: alpha\n", "system: alpha\n]\n")));
        Says(e, $"{Case}(3,1): error SR0001: ", "not valid YAML", "indentation", "double quotes");
        Assert.DoesNotContain("did not find", e, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("while parsing", e, StringComparison.OrdinalIgnoreCase);
    }
}
