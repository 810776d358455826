using System.Text;
using CsCheck;
using StatiqReport.Content;
using StatiqReport.Diagnostics;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Hostile;

/// <summary>
/// Property tests over the YAML, CSV and front-matter loaders with CsCheck: whatever text a file
/// holds, loading never throws and every error it reports is located inside that file. Inputs are
/// built from the tokens that matter to each format (indentation, anchors, quotes, separators...),
/// mixed with arbitrary characters. Bounded so the whole class runs in well under a minute.
/// </summary>
public sealed class LoaderPropertyTests
{
    private const int Iterations = 400;

    private static readonly Gen<string> AnyChar = Gen.Char.Select(c => c.ToString());

    private static Gen<string> TokensOf(params string[] tokens) =>
        Gen.Frequency((6, (IGen<string>)Gen.OneOf(tokens)), (1, AnyChar), (1, Gen.String[0, 8]))
           .Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> YamlText = TokensOf(
        "title: ", "system: alpha\n", "principles: [local-assets]\n", "summary: ", "faced: |\n  ", "did: ", "results: ", "figures:\n  - value: ",
        "- ", "  ", "\n", "&a ", "*a", "? ", ": ", "[", "]", "{", "}", ",", "\"", "'", "|", ">", "#", "---\n", "...\n", "!!str ", "!!binary ",
        "\t", "%YAML 1.2\n", "<<: *a\n", "1e400", ".nan", "~", "null", "true", "2023-24", "\u00a3", "\u2028", "\ud83d\ude00");

    private static readonly Gen<string> CsvText = TokensOf(
        "system,metric,period,value,source,note,illustrative\n", "alpha,", "local-spend,", "2023-24,", "1200", "\"", "\"\"", ",", "\n", "\r\n", "\r",
        "£1,200", "12%", "NaN", "1e400", "-0", "true", "=HYPERLINK(\"x\")", ";", "\t", "\u00ef\u00bb\u00bf");

    private static readonly Gen<string> FrontMatterText = TokensOf(
        "---\n", "title: ", "X\n", "highlights: [local-spend]\n", "themes:\n  - title: T\n", "commitments:\n  - text: C\n    target: ", "---", "\n",
        "[link](javascript:alert(1))", "<script>", "# H\n", "*", "`", "  ", ": ", "&a ", "*a");

    [Fact]
    public void CaseStudyYaml_AnyText_LoadsOrReportsLocatedErrors()
    {
        using var site = new TempSite("minimal-site");
        var root = new ContentRoot(site.Root);
        const string rel = "data/case-studies/fuzz.yml";
        YamlText.Sample(text =>
        {
            site.Write(rel, text);
            var diags = new DiagnosticBag();
            CaseStudyLoader.LoadOne(root, rel, diags, new ReferenceList());
            AssertLocated(diags, rel, text);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void MetricCsv_AnyText_LoadsOrReportsLocatedErrors()
    {
        using var site = new TempSite("minimal-site");
        var root = new ContentRoot(site.Root);
        const string rel = "data/metrics/fuzz.csv";
        CsvText.Sample(text =>
        {
            site.WriteBytes(rel, Encoding.UTF8.GetBytes(text));
            var diags = new DiagnosticBag();
            MetricCsvLoader.LoadFile(root, rel, diags, new ReferenceList());
            AssertLocated(diags, rel, text);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void ReportFrontMatter_AnyText_LoadsOrReportsLocatedErrors()
    {
        using var site = new TempSite("minimal-site");
        site.Delete("input/reports/alpha/2023-24.md");
        var root = new ContentRoot(site.Root);
        const string rel = "input/reports/alpha/2023-24.md";
        FrontMatterText.Sample(text =>
        {
            site.Write(rel, text);
            var diags = new DiagnosticBag();
            ReportLoader.Load(root, diags, new ReferenceList());
            AssertLocated(diags, rel, text);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void AnyBytes_AsCaseStudy_NeverThrow()
    {
        using var site = new TempSite("minimal-site");
        var root = new ContentRoot(site.Root);
        const string rel = "data/case-studies/bytes.yml";
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            site.WriteBytes(rel, bytes);
            var diags = new DiagnosticBag();
            CaseStudyLoader.LoadOne(root, rel, diags, new ReferenceList());
            AssertLocated(diags, rel, Convert.ToBase64String(bytes));
        }, iter: Iterations, threads: 1);
    }

    private static void AssertLocated(DiagnosticBag diags, string rel, string input)
    {
        var lines = input.ReplaceLineEndings("\n").Split('\n').Length + 2;
        foreach (var d in diags.Sorted())
        {
            Assert.True(d.Location.Path == rel, $"error located in '{d.Location.Path}', not {rel}: {d}\ninput: {input}");
            Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"error without a position: {d}\ninput: {input}");
            Assert.True(d.Location.Line <= Math.Max(lines, 2) + 1, $"error past the end of the file: {d}\ninput: {input}");
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"error without a message: {d}");
        }
    }
}
