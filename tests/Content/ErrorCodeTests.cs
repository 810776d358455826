using System.Text;
using StatiqReport.Diagnostics;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// One case per error code: a small, realistic mistake in the minimal fixture site, and the located
/// error it must produce (path, line, column, code), with exit code 1 from validate.
/// </summary>
public sealed class ErrorCodeTests
{
    private const string Case = "data/case-studies/alpha-jobs.yml";
    private const string Csv = "data/metrics/values.csv";
    private const string Book = "data/metrics/figures.xlsx";

    /// <summary>A workbook in the wide layout with one figure, for 2024-25 in cell C2.</summary>
    private static byte[] Figures(object figure, string metric = "carbon", Func<Workbook, Workbook>? sheets = null) =>
        (sheets ?? (w => w))(new Workbook().Sheet("Sheet1", b => b.Row(1, "system", "metric", "2024-25").Row(2, "alpha", metric, figure))).Bytes();

    /// <summary>A mistake: what to change in the site, then the expected "path(line,col): error CODE" prefix and a phrase of the message.</summary>
    public sealed record Mistake(string Name, Action<TempSite> Make, string Expected, string Phrase)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Mistake> Mistakes => new()
    {
        new("YAML syntax", s => s.Write(Case, "title: [unclosed\nsystem: alpha\n"), $"{Case}(1,8): error SR0001", "never closed"),
        new("YAML bad indentation", s => s.Write(Case, "title: A\n  system: alpha\n"), $"{Case}(2,", "SR0001"),
        new("catalogue missing", s => s.Delete("data/metrics.yml"), "data/metrics.yml(1,1): error SR0002", "is missing"),
        new("duplicate key", s => s.Replace(Case, "title: Alpha jobs\n", "title: Alpha jobs\ntitle: Again\n"), $"{Case}(2,1): error SR0003", "title"),
        new("report saved under data", s => s.Write("data/reports/alpha/2024-25.md", "---\ntitle: X\n---\n"), "data/reports/alpha/2024-25.md(1,1): error SR0005", "move it to input/reports/alpha/2024-25.md"),
        new("text after ' #' left out", s => s.Replace(Case, "title: Alpha jobs", "title: Alpha jobs #2"), $"{Case}(1,19): error SR0007", "left out of the site"),
        new("catalogue not a list", s => s.Write("data/principles.yml", "id: anchor-system\n"), "data/principles.yml(1,1): error SR0004", "must be a list of entries, each starting with '- id:'"),
        new("misspelt key", s => s.Replace(Case, "summary:", "sumary:"), $"{Case}(4,1): error SR0101", "did you mean 'summary'?"),
        new("unknown principle", s => s.Replace(Case, "principles: [local-assets, share-resources]", "principles: [local-assets, inclusive-grwth]"), $"{Case}(3,28): error SR0102", "did you mean 'inclusive-growth'?"),
        new("unknown domain", s => s.Replace(Case, "summary:", "domains: [net-zeroo]\nsummary:"), $"{Case}(4,11): error SR0103", "did you mean 'net-zero'?"),
        new("unknown system in CSV", s => s.Replace(Csv, "alpha,carbon,2022-23", "alpah,carbon,2022-23"), $"{Csv}(6,1): error SR0104", "did you mean 'alpha'?"),
        new("unknown metric in report", s => s.Replace("input/reports/alpha/2023-24.md", "highlights: [local-spend, local-share]", "highlights: [local-spend, local-shares]"), "input/reports/alpha/2023-24.md(3,27): error SR0105", "did you mean 'local-share'?"),
        new("unknown case study in report", s => s.Replace("input/reports/alpha/2023-24.md", "case-studies: [alpha-jobs]", "case-studies: [alpha-job]"), "input/reports/alpha/2023-24.md(8,20): error SR0106", "did you mean 'alpha-jobs'?"),
        new("missing required field", s => s.Replace(Case, "summary: Local people into local jobs.\n", ""), $"{Case}(1,1): error SR0107", "missing the required field 'summary'"),
        new("wrong type", s => s.Replace(Case, "principles: [local-assets, share-resources]", "principles: {a: b}"), $"{Case}(3,13): error SR0108", "list of ids"),
        new("malformed id", s => s.Replace(Case, "principles: [local-assets, share-resources]", "principles: [Local Assets]"), $"{Case}(3,14): error SR0109", "'local-assets'"),
        new("bad period in CSV", s => s.Replace(Csv, "alpha,carbon,2022-23", "alpha,carbon,2022/23"), $"{Csv}(6,14): error SR0110", "2022-23"),
        new("bad date", s => s.Replace(Case, "summary:", "published: 2024-13-01\nsummary:"), $"{Case}(4,12): error SR0111", "ISO date"),
        new("value not allowed", s => s.Replace("data/systems/alpha.yml", "type: ICS", "type: CCG"), "data/systems/alpha.yml(2,7): error SR0112", "ICS or LHB"),
        new("duplicate case-study id", s => s.Write("data/case-studies/more/alpha-jobs.yml", s.Read(Case)), "data/case-studies/more/alpha-jobs.yml(1,1): error SR0113", "also used by"),
        new("image outside the root", s => s.Replace(Case, "summary:", "image:\n  src: ../../etc/passwd\n  alt: A photo\nsummary:"), $"{Case}(5,8): error SR0114", "inside the site folder"),
        new("image without alt", s => s.WriteBytes("input/images/p.png", [0x89, 0x50, 0x4E, 0x47]).Replace(Case, "summary:", "image:\n  src: input/images/p.png\nsummary:"), $"{Case}(5,3): error SR0115", "alt"),
        new("unsafe source url", s => s.Replace(Case, "summary:", "sources:\n  - title: A report\n    url: javascript:alert(1)\nsummary:"), $"{Case}(6,10): error SR0116", "https://"),
        new("unknown maturity area", s => s.Write("data/systems/alpha.yml", "name: A\ntype: ICS\nnation: England\nmaturity:\n  2023-24:\n    climate: emerging\n"), "data/systems/alpha.yml(6,5): error SR0117", "did you mean 'climate-change'?"),
        new("catalogue id not in contract", s => s.Replace("data/principles.yml", "id: long-term", "id: long-termism"), "data/principles.yml(21,7): error SR0118", "not one of the contract's ids"),
        new("figure not a number", s => s.Replace(Case, "  - value: 100", "  - value: lots"), $"{Case}(12,12): error SR0119", "plain number"),
        new("YAML nested too deep", s => s.Write(Case, "title: " + new string('[', 40) + new string(']', 40) + "\n"), $"{Case}(1,", "SR0120"),
        new("CSV missing column", s => s.Write(Csv, "system,metric,value\nalpha,carbon,1\n"), $"{Csv}(1,1): error SR0201", "'period'"),
        new("CSV unknown column", s => s.Replace(Csv, "source,note,illustrative", "source,notes,illustrative"), $"{Csv}(1,35): error SR0202", "the column 'notes' must be named 'note'"),
        new("CSV value with currency", s => s.Replace(Csv, "alpha,local-spend,2022-23,1200000", "alpha,local-spend,2022-23,\"£1,200\""), $"{Csv}(2,27): error SR0203", "write 1200"),
        new("CSV duplicate value", s => s.Write(Csv, s.Read(Csv) + "alpha,carbon,2022-23,170,,,\n"), $"{Csv}(8,1): error SR0204", "second value"),
        new("CSV row with extra field", s => s.Replace(Csv, "alpha,carbon,2022-23,160,Test source,,", "alpha,carbon,2022-23,160,Test source,,,extra"), $"{Csv}(6,1): error SR0205", "fields"),
        new("CSV bad illustrative flag", s => s.Replace(Csv, "alpha,carbon,2022-23,160,Test source,,", "alpha,carbon,2022-23,160,Test source,,maybe"), $"{Csv}(6,", "SR0206"),
        new("CSV not UTF-8", s => s.WriteBytes(Csv, Encoding.Latin1.GetBytes("system,metric,period,value\nalpha,carbon,2021-22,1\nalpha,local-spend,2021-22,£5\n")), $"{Csv}(3,", "SR0207"),
        new("CSV renamed .xlsx", s => s.Write(Book, "system,metric,period,value\n"), $"{Book}(1,1): error SR0208", "rename it to data/metrics/figures.csv"),
        new("password-protected workbook", s => s.WriteBytes(Book, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Encoding.Unicode.GetBytes("EncryptionInfo")]), $"{Book}(1,1): error SR0209", "remove the password in Excel"),
        new("workbook of a million rows", s => s.WriteBytes(Book, new Workbook().Sheet("Sheet1", b => b.Row(1, "system", "metric", "2023-24").Row(1_000_000, "alpha", "carbon", 1)).Bytes()),
            $"{Book}(1,1): error SR0210", "Sheet1: the sheet has cells below row 100,000"),
        new("formula error in a workbook", s => s.WriteBytes(Book, Figures(new Workbook.Error("1/0", "#DIV/0!"))), $"{Book}(2,3): error SR0211", "Sheet1!C2: the cell shows #DIV/0!"),
        new("workbook without a header row", s => s.WriteBytes(Book, new Workbook().Sheet("Sheet1", b => b.Row(1, "alpha", "carbon", "2024-25", 1)).Bytes()), $"{Book}(1,1): error SR0213", "no sheet of this workbook has a header row"),
        new("hidden sheet of figures", s => s.WriteBytes(Book, new Workbook().Sheet("Shown", b => b.Row(1, "Notes")).Sheet("Old", b => b.Row(1, "system", "metric", "2019-20"), state: "hidden").Bytes()),
            $"{Book}(1,1): error SR0214", "Old!A1: this sheet is hidden, but it holds figures"),
        new("merged header cells", s => s.WriteBytes(Book, new Workbook().Sheet("Sheet1", b => b.Row(1, "system", "metric", "2024-25").Merge("C1:D1")).Bytes()), $"{Book}(1,3): error SR0215", "Sheet1!C1: this header cell is merged across C1:D1"),
        new("percentage in a metric counted in pounds", s => s.WriteBytes(Book, Figures(new Workbook.Percent(0.5), "local-spend")), $"{Book}(2,3): error SR0216", "measured in gbp"),
        new("front matter missing", s => s.Write("input/about.md", "# About\n\nNo front matter.\n"), "input/about.md(1,1): error SR0301", "front matter"),
        new("picture in a report's foreword", s => s.Replace("input/reports/alpha/2023-24.md", "Our foreword.", "![Chart](/input/images/chart.png)"), "input/reports/alpha/2023-24.md(15,1): error SR0125", "pictures are not shown inside the text"),
        new("javascript link in Markdown", s => s.Write("input/about.md", "---\ntitle: About\n---\nSee [this](javascript:alert(1)).\n"), "input/about.md(4,5): error SR0302", "not allowed"),
        new("misplaced report", s => s.Write("input/reports/alpha/2023.md", "---\ntitle: X\n---\n"), "input/reports/alpha/2023.md(1,1): error SR0303", "must be the financial year: 2022-23.md or 2023-24.md"),
        new("page file name", s => s.Write("input/About Us.md", "---\ntitle: X\n---\n"), "input/About Us.md(1,1): error SR0304", "'about-us.md'"),
        new("page clashes with the site", s => s.Write("input/systems.md", "---\ntitle: X\n---\n"), "input/systems.md(1,1): error SR0305", "/systems/"),
        new("unknown interface string", s => s.Write("theme/strings/en.yml", "nav.hom: Start\n"), "theme/strings/en.yml(1,1): error SR0501", "did you mean 'nav.home'?"),
        new("interface string with a new placeholder", s => s.Write("theme/strings/en.yml", "nav.home: \"{site} home\"\n"), "theme/strings/en.yml(1,11): error SR0502", "takes no placeholders"),
        new("missing Welsh translation", s => s.Write("data/site.yml", "welsh:\n  required: all\n  shared: optional\n").Write("data/systems/alpha.cy.yml", "name: Alffa\n"),
            $"{Case}(1,1): error SR0601", "add data/case-studies/alpha-jobs.cy.yml"),
        new("Welsh translation of nothing", s => s.Write("data/case-studies/ghost.cy.yml", "title: Ysbryd\nsummary: S\nfaced: F\ndid: D\nresults: R\n"),
            "data/case-studies/ghost.cy.yml(1,1): error SR0602", "no case study"),
        new("Welsh list longer than the English", s => s.Write("data/case-studies/alpha-jobs.cy.yml", "title: Swyddi\nsummary: S\nfaced: F\ndid: D\nresults: R\nfigures:\n  - label: un\n  - label: dau\n"),
            "data/case-studies/alpha-jobs.cy.yml(7,3): error SR0603", "2 items in Welsh but 1 in English"),
        new("starter text left in a case study", s => s.Replace(Case, "title: Alpha jobs", "title: \"[[A short title]]\""),
            $"{Case}(1,9): error SR0701", "starter text still to replace: [[A short title]]"),
        new("repository not owner/name", s => s.Write("data/site.yml", "repository: https://github.com/a/b\n"), "data/site.yml(1,13): error SR0810", "owner/name"),
        new("broken internal link", s => s.Write("input/about.md", "---\ntitle: About\n---\nSee [the list](/system/).\n"), "input/about.md(4,5): error SR0401", "points at no page"),
    };

    /// <summary>Warnings: the build succeeds and prints them.</summary>
    public static TheoryData<Mistake> Warnings => new()
    {
        new("link leading out of the root", s => Directory.CreateSymbolicLink(s.Path_("input/elsewhere"), Path.GetTempPath()), "input/elsewhere(1,1): warning SR0006", "outside the site folder"),
        new("a sheet of notes in a workbook", s => s.WriteBytes(Book, Figures(150d, sheets: w => w.Sheet("Notes", b => b.Row(1, "From the finance team")))), $"{Book}(1,1): warning SR0212", "the sheet Notes is not read"),
        new("a report for a year without figures", s => s.Write("input/reports/alpha/2024-25.md", s.Read("input/reports/alpha/2023-24.md")), "input/reports/alpha/2024-25.md(1,1): warning SR0306", "no figures for alpha in 2024-25"),
        new("a PDF in input", s => s.Write("input/annual-report.pdf", "%PDF-1.4"), "input/annual-report.pdf(1,1): warning SR0010", "does not publish"),
        new("HTML tag in a page", s => s.Write("input/about.md", "---\ntitle: About\n---\nWe are <b>local</b>.\n"), "input/about.md(4,8): warning SR0011", "put two stars each side, as in **like this**"),
        new("foreword repeating its heading", s => s.Replace("input/reports/alpha/2023-24.md", "---\nOur foreword.", "---\n# Foreword\nOur foreword."),
            "input/reports/alpha/2023-24.md(15,1): warning SR0012", "delete this heading line"),
    };

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Build_WithWarning_PrintsItAndSucceeds(Mistake mistake)
    {
        using var site = new TempSite("minimal-site");
        mistake.Make(site);

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = (result.Stdout + result.Stderr).Split('\n');
        Assert.True(lines.Any(e => e.StartsWith(mistake.Expected, StringComparison.Ordinal) && e.Contains(mistake.Phrase, StringComparison.Ordinal)),
            $"expected a warning starting '{mistake.Expected}' saying '{mistake.Phrase}'; got:\n{result.Stdout}{result.Stderr}");
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Build_WithMistake_ReportsLocatedErrorAndExits1(Mistake mistake)
    {
        using var site = new TempSite("minimal-site");
        mistake.Make(site);

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.Errors.Any(e => e.StartsWith(mistake.Expected, StringComparison.Ordinal) && e.Contains(mistake.Phrase, StringComparison.Ordinal)),
            $"expected an error starting '{mistake.Expected}' saying '{mistake.Phrase}'; got:\n{result.Stderr}");
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal); // never a stack trace
        Assert.False(Directory.Exists(site.Output), "a failed build must not write output");
    }

    [Fact]
    public void Catalogue_EveryCodeHasACase()
    {
        var covered = new List<string>();
        foreach (var m in Mistakes.Concat<Mistake>(Warnings)) covered.Add(m.Expected + m.Phrase);
        foreach (var code in ErrorCodes.All)
            Assert.True(covered.Any(c => c.Contains(code.Id, StringComparison.Ordinal)), $"no test case for {code.Id} ({code.Title})");
    }

    [Fact]
    public void MinimalSite_IsValid()
    {
        using var site = new TempSite("minimal-site");
        var result = site.Run("validate");
        Assert.True(result.ExitCode == 0, result.Stderr);
    }
}
