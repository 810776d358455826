using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Mistakes a comms officer made in a trial of the program by someone who had not seen the code (issue 15's
/// held-out set), each reported at its own line and column, once, with a fix that works when typed as given.
/// </summary>
public sealed class HeldOutMistakeTests
{
    private const string Case = "data/case-studies/alpha-jobs.yml";
    private const string Csv = "data/metrics/values.csv";
    private const string Report = "input/reports/alpha/2023-24.md";

    private static RunResult Validate(Action<TempSite> change, params string[] args) => HeldOut.Validate(change, args);

    private static string OnlyError(RunResult result, string prefix, params string[] phrases) => HeldOut.OnlyError(result, prefix, phrases);

    [Fact]
    public void UnclosedBracket_FollowedByACommentWithStarterText_IsOneLocatedError_NotACrash()
    {
        var r = Validate(s => s.Replace(Case, "principles: [local-assets, share-resources]",
            "principles: [local-assets, share-resources\n# see [[here]]"));
        OnlyError(r, $"{Case}(3,13): error SR0001: ", "never closed", "principles: [local-assets, share-resources]");
    }

    [Fact]
    public void UnclosedQuote_StarterTextInALaterComment_IsNotCalledStarterText()
    {
        var r = Validate(s => s.Replace(Case, "title: Alpha jobs", "title: \"Alpha jobs").Replace(Case, "figures:", "# quotes: \"[[What they said.]]\"\nfigures:"));
        OnlyError(r, $"{Case}(1,8): error SR0001: ", "never closed");
        Assert.DoesNotContain("SR0701", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemFileNamedByItsFullName_UsesNameTheFileToRename_NotTheFileNameAsTheId()
    {
        var r = Validate(s => File.Move(s.Path_("data/systems/alpha.yml"), s.Path_("data/systems/Alpha System.yml")));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("data/systems/Alpha System.yml(1,1): error SR0109: ", r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{Case}(2,9): error SR0104: there is no system 'alpha': the file data/systems/Alpha System.yml seems to be it; rename that file to alpha.yml", r.Errors);
        Assert.DoesNotContain("write its id 'Alpha System'", r.Stderr, StringComparison.Ordinal);
        // The CSV's six rows naming 'alpha' are one mistake: reported once, at the first, naming the others.
        Assert.Contains($"{Csv}(2,1): error SR0104: there is no system 'alpha': the file data/systems/Alpha System.yml seems to be it; rename that file to alpha.yml (the same on lines 3, 4, 5, 6, 7 of this file)", r.Errors);
        Assert.Single(r.Errors, e => e.StartsWith(Csv + "(", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownSystemOnManyCsvRows_IsReportedOnceAtItsFirstRow_NamingTheOthers()
    {
        var rows = string.Concat(Enumerable.Range(0, 5).Select(i => $"betta,local-spend,20{10 + i}-{11 + i},100,Test source,,\n"));
        var r = Validate(s => s.Write(Csv, "system,metric,period,value,source,note,illustrative\n" + rows));
        var error = OnlyError(r, $"{Csv}(2,1): error SR0104: ", "unknown system 'betta'", "(the same on lines 3, 4, 5, 6 of this file)");
        Assert.Contains("alpha", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TextCarriedOntoAnUnindentedLine_SaysToIndentIt()
    {
        var r = Validate(s => s.Replace(Case, "summary: Local people into local jobs.", "summary: Local people into\nlocal jobs for the long term."));
        OnlyError(r, $"{Case}(5,1): error SR0001: ", "carries on the text of 'summary' from line 4", "start it with 2 spaces (at column 3)");
    }

    [Fact]
    public void KeyWithoutItsColon_StillSaysToAddTheColon()
    {
        var r = Validate(s => s.Replace(Case, "system: alpha", "system alpha"));
        OnlyError(r, $"{Case}(2,1): error SR0001: ", "no colon", "system: alpha");
    }

    [Fact]
    public void EqualsSignForAColon_SaysWhatToType()
    {
        var r = Validate(s => s.Replace(Case, "results: |\n  - 100 people found work.\n", "results: |\n  - 100 people found work.\nperiod = 2023-24\n"));
        OnlyError(r, $"{Case}(11,1): error SR0001: ", "write period: 2023-24");
    }

    [Fact]
    public void TextAfterABlockOfText_NotIndented_SaysToIndentIt()
    {
        var r = Validate(s => s.Replace(Case, "faced: |\n  Unemployment was high.", "faced: |\nUnemployment was high."));
        OnlyError(r, $"{Case}(6,1): error SR0001: ", "the text of 'faced'", "must be indented", "begins at column 3");
    }

    [Fact]
    public void KeyIndentedOneSpaceAfterABlockOfText_NamesTheColumn()
    {
        var r = Validate(s => s.Replace(Case, "figures:", " period: 2023-24\nfigures:"));
        OnlyError(r, $"{Case}(11,2): error SR0001: ", "'period' starts at column 2", "start it at column 1, in line with 'results'");
    }

    [Fact]
    public void QuotesInsideQuotedTextInBraces_SayToUseSingleQuotes_WithoutTheOuterDoubleQuotes()
    {
        var r = Validate(s => s.Replace(Case, "figures:", "quotes:\n  - {text: \"She said \"come in\" and I did.\", by: A nurse}\nfigures:"));
        OnlyError(r, $"{Case}(12,12): error SR0001: ", "single quotes", "text: 'She said \"come in\" and I did.'");
    }

    [Fact]
    public void ColonInsideTextInBraces_IsFoundAtTheColon_NotAsANeverClosedBrace()
    {
        var r = Validate(s => s.Replace(Case, "  - value: 100\n    unit: count\n    label: people into work",
            "  - {value: 88, unit: percent, label: Target: 90% in post}"));
        var e = OnlyError(r, $"{Case}(12,45): error SR0001: ", "label: \"Target: 90% in post\"");
        Assert.DoesNotContain("never closed", e, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%", "unit: percent")]
    [InlineData("£", "unit: gbp")]
    public void SignAsAUnit_SaysTheWord(string sign, string fix)
    {
        var r = Validate(s => s.Replace(Case, "    unit: count", $"    unit: {sign}"));
        OnlyError(r, $"{Case}(13,11): error ", fix);
    }

    [Fact]
    public void SeveralIdsJoinedByAnd_SaysToBracketThemAll()
    {
        var r = Validate(s => s.Replace(Case, "principles: [local-assets, share-resources]", "principles: local-assets and share-resources"));
        OnlyError(r, $"{Case}(3,13): error SR0108: ", "principles: [local-assets, share-resources]");
    }

    [Fact]
    public void WordBullets_SayToUseHyphens_OneItemEach_AndAreReportedBesideAnotherMistake()
    {
        var r = Validate(s => s.Replace(Case, "figures:", "organisations:\n  • Alpha Council\n  • Alpha College\nfigures:").Replace(Case, "title: Alpha jobs\n", ""));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(r.Errors, e => e.StartsWith($"{Case}(1,1): error SR0107: ", StringComparison.Ordinal) && e.Contains("'title'", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.StartsWith($"{Case}(11,3): error SR0108: ", StringComparison.Ordinal)
            && e.Contains("'- Alpha Council', then '- Alpha College'", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyTitle_IsOneError()
    {
        var r = Validate(s => s.Replace(Case, "title: Alpha jobs", "title:"));
        OnlyError(r, $"{Case}(1,1): error SR0107: ", "'title'", "is empty");
    }

    [Fact]
    public void CurlyQuotesAroundTextWithAColon_AreReplacedInTheSuggestion()
    {
        var r = Validate(s => s.Replace(Case, "title: Alpha jobs", "title: \u201CJobs: local people first\u201D"));
        OnlyError(r, $"{Case}(1,13): error SR0001: ", "title: \"Jobs: local people first\"", "straight quotes");
    }

    [Fact]
    public void EnDashInAPeriod_SaysItIsADash()
    {
        var r = Validate(s => s.Replace(Case, "figures:", "period: 2023\u201324\nfigures:"));
        OnlyError(r, $"{Case}(11,9): error SR0110: ", "the dash '\u2013'", "write 2023-24");
    }

    [Theory]
    [InlineData("20/05/2024", "write 2024-05-20")]
    [InlineData("May 2024", "write 2024-05 (May 2024)")]
    public void SourceDateInAnotherFormat_SaysTheIsoDate(string date, string fix)
    {
        var r = Validate(s => s.Replace(Case, "figures:", $"sources:\n  - title: Annual return\n    date: {date}\nfigures:"));
        OnlyError(r, $"{Case}(13,11): error SR0111: ", fix);
    }

    [Fact]
    public void TypographicMinus_SaysToTypeTheHyphenKey()
    {
        var r = Validate(s => s.Replace(Case, "  - value: 100", "  - value: \u2212100"));
        OnlyError(r, $"{Case}(12,12): error SR0119: ", "write -100", "hyphen key");
    }

    [Fact]
    public void ImageMissingItsAlt_IsNotAlsoCalledUnused()
    {
        var r = Validate(s => s.WriteBytes("input/images/jobs.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            .Replace(Case, "figures:", "image:\n  src: input/images/jobs.png\nfigures:"));
        OnlyError(r, $"{Case}(12,3): error SR0115: ", "alt");
        Assert.DoesNotContain("SR0010", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/images/jobs.png", "write src: input/images/jobs.png")]
    [InlineData("input/photos/jobs.png", "write src: input/images/jobs.png")]
    public void ImageNamedAtAnotherPath_NamesWhereItIs(string src, string fix)
    {
        var r = Validate(s => s.WriteBytes("input/images/jobs.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            .Replace(Case, "figures:", $"image:\n  src: {src}\n  alt: People at work\nfigures:"));
        OnlyError(r, $"{Case}(12,8): error SR0114: ", fix);
    }

    [Fact]
    public void ImageKeptInDataImages_SaysToMoveIt()
    {
        var r = Validate(s => s.WriteBytes("data/images/jobs.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            .Replace(Case, "figures:", "image:\n  src: input/images/jobs.png\n  alt: People at work\nfigures:"));
        OnlyError(r, $"{Case}(12,8): error SR0114: ", "at data/images/jobs.png", "move it into input/images/");
    }

    [Theory]
    [InlineData("system,metric,year,value,source,note,illustrative", 15, "the column 'year' must be named 'period'")]
    [InlineData("system,metric,period,value (%),source,note,illustrative", 22, "the column 'value (%)' must be named 'value'")]
    [InlineData("system id,metric,period,value,source,note,illustrative", 1, "the column 'system id' must be named 'system'")]
    public void CsvColumnUnderAnotherName_IsOneErrorNamingTheColumn(string header, int column, string says)
    {
        var r = Validate(s => s.Replace(Csv, "system,metric,period,value,source,note,illustrative", header));
        OnlyError(r, $"{Csv}(1,{column}): error SR0202: ", says);
    }

    [Fact]
    public void CsvHeaderWithAColumnNoRowFills_IsOneError()
    {
        var r = Validate(s => s.Replace(Csv, "source,note,illustrative", "source,note,illustrative,extra"));
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Errors, e => e.Contains("SR0205", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.StartsWith($"{Csv}(1,1): error SR0205: the header row names 8 columns, but every row below it has only 7", StringComparison.Ordinal));
    }

    [Fact]
    public void CsvQuoteNeverClosed_IsFoundAtTheQuote_Once()
    {
        var r = Validate(s => s.Replace(Csv, "alpha,local-spend,2022-23,1200000,Test source,,", "alpha,local-spend,2022-23,1200000,\"Test, source,,"));
        OnlyError(r, $"{Csv}(2,35): error SR0205: ", "never closed", "add a closing \"");
    }

    [Fact]
    public void BlankLineBeforeTheFrontMatter_IsNamed_AndItsCommentsAreNotStarterText()
    {
        var r = Validate(s => s.Write(Report, "\n" + s.Read(Report).Replace("themes:", "# highlights: [[like this]]\nthemes:", StringComparison.Ordinal)));
        OnlyError(r, $"{Report}(1,1): error SR0301: ", "the first line is empty", "delete the empty line");
    }

    [Theory]
    [InlineData(1, "\u2014", "a dash that Word or Outlook makes")]
    [InlineData(1, "----", "exactly three hyphens")]
    public void FrontMatterFenceTypedWrongly_IsNamed(int line, string fence, string says)
    {
        var r = Validate(s => s.Write(Report, fence + s.Read(Report)[3..]));
        OnlyError(r, $"{Report}({line},1): error SR0301: ", says);
    }

    [Fact]
    public void HeadingUsedTwiceInAReport_IsAWarningAtTheSecond()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Report, "Our foreword.", "## Our people\n\nFirst.\n\n## Our people\n\nSecond.");
        var r = site.Run("validate");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"{Report}(19,1): warning SR0012: the heading 'Our people' is already used on line 15", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailWrittenWithMailto_SaysToWriteTheAddressAlone()
    {
        var r = Validate(s => s.Write("data/site.yml", "title: Test\nemail: mailto:comms@example.nhs.uk\n"));
        OnlyError(r, "data/site.yml(2,8): error SR0116: ", "write email: comms@example.nhs.uk");
    }

    [Fact]
    public void MaturityUnderAWronglyWrittenPeriod_IsCheckedInTheSameRun()
    {
        var r = Validate(s => s.Write("data/systems/alpha.yml", s.Read("data/systems/alpha.yml") + "maturity:\n  2023/2024:\n    economic-development: Emerging\n"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(r.Errors, e => e.StartsWith("data/systems/alpha.yml(6,3): error SR0110: ", StringComparison.Ordinal) && e.Contains("2023-24", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.StartsWith("data/systems/alpha.yml(7,27): error SR0117: ", StringComparison.Ordinal) && e.Contains("write emerging, in small letters", StringComparison.Ordinal));
    }

    [Fact]
    public void CaseStudySavedAsTxt_IsToldItsYmlName()
    {
        var r = Validate(s => File.Move(s.Path_(Case), s.Path_("data/case-studies/alpha-jobs.txt")));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(r.Errors, e => e.StartsWith("data/case-studies/alpha-jobs.txt(1,1): error SR0005: ", StringComparison.Ordinal) && e.Contains("rename it to 'alpha-jobs.yml'", StringComparison.Ordinal));
    }

    [Fact]
    public void RelativeLinks_AreReportedWithTheAddressToWrite_AndABrokenLinkOnlyWhereItIsWritten()
    {
        var r = Validate(s => s.Replace("input/about.md", "See [the systems](/systems/).",
            "See [jobs](../case-studies/alpha-jobs.yml), [the NHS](www.nhs.uk/anchors), [x](team.md) and [gone](/no-such-page/)."));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(r.Errors, e => e.StartsWith("input/about.md(7,18): error SR0401: ", StringComparison.Ordinal) && e.Contains("write /case-studies/alpha-jobs/", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.StartsWith("input/about.md(7,58): error SR0401: ", StringComparison.Ordinal) && e.Contains("write https://www.nhs.uk/anchors", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.StartsWith("input/about.md(7,89): error SR0401: ", StringComparison.Ordinal) && e.Contains("'team.md' does not start with '/'", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.StartsWith("input/about.md(7,106): error SR0401: ", StringComparison.Ordinal) && e.Contains("/no-such-page/", StringComparison.Ordinal));
        Assert.Equal(4, r.Errors.Count);
    }

    [Theory]
    [InlineData("alpha-ics", "SR0104", "rename the folder to input/reports/alpha/")]
    [InlineData("NHS Alpha", "SR0303", "Rename it to input/reports/alpha/2023-24.md")]
    [InlineData("alpah", "SR0104", "rename the folder to input/reports/alpha/")]
    public void ReportFolderNamedOtherwiseThanBySystemId_NamesTheSystemsFolder(string folder, string code, string fix)
    {
        var r = Validate(s => Directory.Move(s.Path_("input/reports/alpha"), s.Path_($"input/reports/{folder}")));
        OnlyError(r, $"input/reports/{folder}/2023-24.md(1,1): error {code}: ", fix);
    }

    [Fact]
    public void LinkToAHeadingByItsId_IsReportedWhereItIsWritten_NotInTheBuiltPage()
    {
        var r = Validate(s => s.Replace("input/about.md", "See [the systems](/systems/).", "See [what this is](#what-this-is)."));
        OnlyError(r, "input/about.md(7,18): error SR0401: ", "'#what-this-is'", "link to the page itself");
        Assert.DoesNotContain("index.html", r.Stderr, StringComparison.Ordinal);
    }
}
