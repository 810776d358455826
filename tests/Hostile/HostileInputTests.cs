using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StatiqReport.Cli;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Hostile;

/// <summary>
/// Issue "Hostile input: never crash, never inject, never lose content". Each case writes hostile
/// content into a copy of the minimal fixture site and builds it. The build must either refuse the
/// content with located errors (exit 1, every error line "path(line,col): error SRnnnn: ...", no
/// stack trace, no output written) or build it with everything encoded (exit 0, no script, event
/// handler, frame or script: address in any page, and the affected page still shows the content).
/// It must never crash (exit 2, SR9999, an exception), hang (30 s), or change a content file.
/// </summary>
public sealed partial class HostileInputTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string Case = "data/case-studies/alpha-jobs.yml";
    private const string Csv = "data/metrics/values.csv";
    private const string Report = "input/reports/alpha/2023-24.md";
    private const string About = "input/about.md";
    private const string CasePage = "/case-studies/alpha-jobs/";
    private const string AboutPage = "/about/";
    private const string ReportPage = "/reports/alpha/2023-24/";
    private const string SystemPage = "/systems/alpha/";

    /// <summary>What a case may end in.</summary>
    public enum Outcome
    {
        /// <summary>Exit 1 with located errors, or exit 0 with safe output: the generator may choose.</summary>
        ErrorOrSafe,
        /// <summary>Exit 1 with located errors (the README documents the error).</summary>
        Error,
        /// <summary>Exit 0 with safe output.</summary>
        Safe,
        /// <summary>Exit 2 (wrong usage, e.g. an output folder over the content), with the whole root unchanged.</summary>
        Usage,
    }

    /// <summary>
    /// A hostile input: how to make it, what it may end in, the error code (and file) expected when it
    /// is refused, the pages that must exist and show <see cref="Marker"/> when it is accepted, extra
    /// arguments, and an extra check of the output.
    /// </summary>
    public sealed record Hostile(string Name, Action<TempSite> Make, Outcome Expect = Outcome.ErrorOrSafe, string? Code = null, string? File = null,
        string[]? Pages = null, string? Marker = Marker, Func<TempSite, string[]>? Args = null, Action<TempSite>? Check = null, bool Isolated = false)
    {
        public override string ToString() => Name;
    }

    // ---------------------------------------------------------------- payloads

    /// <summary>The text every accepted page must still show (content is encoded, never dropped).</summary>
    private const string Marker = "Hostile";

    /// <summary>Markup that would run script if it reached a page unencoded, in every context (text, attribute, URL).</summary>
    private const string Markup =
        "Hostile \"><script>alert(1)</script><img src=x onerror=alert(1)><iframe src=\"javascript:alert(1)\"></iframe>" +
        "<a href=\"javascript:alert(1)\">x</a><svg onload=alert(1)>' onmouseover='alert(1)' \" onfocus=\"alert(1)";

    /// <summary>A YAML double-quoted scalar holding <paramref name="s"/> exactly.</summary>
    private static string Y(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A YAML literal block holding Markdown, indented under a top-level key.</summary>
    private static string Block(string s, string indent = "  ") => "|\n" + string.Join("\n", s.Split('\n').Select(l => indent + l));

    /// <summary>A complete case study using every text field; one field can be replaced by hostile content.</summary>
    private static string CaseStudy(string field, string value)
    {
        string F(string name, string normal) => name == field ? value : normal;
        return $"""
            title: {F("title", Y("Alpha jobs"))}
            system: alpha
            principles: [local-assets, share-resources]
            summary: {F("summary", Y("Local people into local jobs."))}
            faced: {F("faced", Block("Unemployment was high."))}
            did: {F("did", Block("The system ran a *jobs* programme."))}
            results: {F("results", Block("- 100 people found work."))}
            organisations: [{F("organisation", Y("Alpha Council"))}]
            figures:
              - value: 100
                unit: count
                label: {F("label", Y("people into work"))}
            stages:
              - label: {F("stage", Y("Referred"))}
                value: 240
              - label: Employed
                value: 96
            quotes:
              - text: {F("quote", Y("It changed how we recruit."))}
                by: {F("by", Y("A manager"))}
            sources:
              - title: {F("source", Y("A report"))}
                publisher: {F("publisher", Y("A publisher"))}
                url: {F("url", Y("https://example.org/report"))}
            {F("image", "")}

            """;
    }

    private static Action<TempSite> CaseField(string field, string value) => s => s.Write(Case, CaseStudy(field, value));

    private static Action<TempSite> Page(string markdown, string title = "About") => s => s.Write(About, $"---\ntitle: {title}\n---\n{markdown}\n");

    private static string ReportText(string title = "Alpha's year", string summary = "A year.", string themeTitle = "Local value", string themeSummary = "Buying local.",
        string commitment = "Spend more locally.", string foreword = "Our foreword.") => $"""
        ---
        title: {title}
        summary: {summary}
        highlights: [local-spend, local-share]
        themes:
          - title: {themeTitle}
            summary: {themeSummary}
            domains: [procurement]
            metrics: [local-spend]
            case-studies: [alpha-jobs]
        commitments:
          - text: {commitment}
            metric: local-share
            target: 30
            by: 2025-26
        ---
        {foreword}

        """;

    private static Action<TempSite> CsvRow(string row) => s => s.Write(Csv, s.Read(Csv) + row + "\n");

    private static Action<TempSite> CsvReplace(string from, string to) => s => s.Replace(Csv, from, to);

    private static Action<TempSite> Image(string src, string? alt = "A photo") =>
        s => s.Write(Case, CaseStudy("image", $"image:\n  src: {Y(src)}" + (alt is null ? "" : $"\n  alt: {Y(alt)}")));

    /// <summary>A file outside the root (next to it), for images and links that try to leave it.</summary>
    private static string Outside(TempSite s, string name, byte[] bytes)
    {
        var dir = Path.Combine(Path.GetDirectoryName(s.Root)!, Path.GetFileName(s.Root) + "-outside");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("SECRET-OUTSIDE-THE-ROOT");

    // ---------------------------------------------------------------- the cases

    public static TheoryData<Hostile> Cases => new()
    {
        // Markup in every text field of a case study (plain text and Markdown alike).
        new("case study title", CaseField("title", Y(Markup)), Pages: [CasePage, "/case-studies/"]),
        new("case study summary", CaseField("summary", Y(Markup)), Pages: [CasePage, "/case-studies/"]),
        new("case study faced (Markdown)", CaseField("faced", Block(Markup)), Pages: [CasePage]),
        new("case study did (Markdown)", CaseField("did", Block(Markup)), Pages: [CasePage]),
        new("case study results (Markdown)", CaseField("results", Block(Markup)), Pages: [CasePage]),
        new("case study figure label", CaseField("label", Y(Markup)), Pages: [CasePage]),
        new("case study stage label (drawn in a chart)", CaseField("stage", Y(Markup)), Pages: [CasePage]),
        new("case study quote text", CaseField("quote", Y(Markup)), Pages: [CasePage]),
        new("case study quote by", CaseField("by", Y(Markup)), Pages: [CasePage]),
        new("case study organisation", CaseField("organisation", Y(Markup)), Pages: [CasePage]),
        new("case study source title", CaseField("source", Y(Markup)), Pages: [CasePage]),
        new("case study source publisher", CaseField("publisher", Y(Markup)), Pages: [CasePage]),
        new("case study image alt", s => { s.WriteBytes("input/images/p.png", Png); Image("input/images/p.png", Markup)(s); }, Pages: [CasePage]),
        new("case study source url breaking the attribute", CaseField("url", Y("https://example.org/\"><script>alert(1)</script>")), Marker: null),
        new("case study source url javascript:", CaseField("url", Y("JaVaScRiPt:alert(1)")), Outcome.Error, "SR0116", Case),
        new("case study autolink javascript: in results", CaseField("results", Block("Hostile <javascript:alert(1)>")), Pages: [CasePage]),

        // Systems, catalogues, reports, free pages and the site's settings.
        new("system name", s => s.Replace("data/systems/alpha.yml", "name: Alpha Integrated Care System", "name: " + Y(Markup)),
            Pages: [SystemPage, "/systems/", "/metrics/local-spend/", CasePage]),
        new("system anchors, region, Welsh name, summary", s => s.Write("data/systems/alpha.yml",
            $"name: Alpha\ntype: ICS\nnation: England\nregion: {Y(Markup)}\nwelsh-name: {Y(Markup)}\nsummary: {Y(Markup)}\nanchors:\n  - {Y(Markup)}\n  - Alpha Hospital\n"),
            Pages: [SystemPage, "/systems/"]),
        new("system website javascript:", s => s.Write("data/systems/alpha.yml", "name: Alpha\ntype: ICS\nnation: England\nwebsite: javascript:alert(1)\n"),
            Outcome.Error, "SR0116", "data/systems/alpha.yml"),
        new("principle title and summary", s => s.Replace("data/principles.yml", "  title: Principle two\n  summary: The second principle.",
            $"  title: {Y(Markup)}\n  summary: {Y(Markup)}"), Pages: ["/principles/local-assets/", "/principles/", CasePage]),
        new("principle description (Markdown)", s => s.Replace("data/principles.yml", "  summary: The second principle.",
            $"  summary: The second principle.\n  description: {Block(Markup + "\n\n[a link](javascript:alert(1)) <javascript:alert(2)>", "    ")}"),
            Pages: ["/principles/local-assets/"]),
        new("metric title, unit, definition and source", s => s.Replace("data/metrics.yml",
            "  title: Carbon footprint\n  unit: tonnes CO2e\n  better: down\n  definition: Greenhouse gas emissions.",
            $"  title: {Y(Markup)}\n  unit: {Y("<b>t</b><script>alert(1)</script>")}\n  better: down\n  definition: {Y(Markup)}\n  source: {Y(Markup)}"),
            Pages: ["/metrics/carbon/", "/metrics/", SystemPage]),
        new("domain title and question", s => s.Replace("data/domains.yml", "  title: Domain procurement\n  summary: About procurement.\n  questions:\n    - What about procurement?",
            $"  title: {Y(Markup)}\n  summary: {Y(Markup)}\n  questions:\n    - {Y(Markup)}"), Pages: ["/domains/procurement/", ReportPage]),
        new("report title", s => s.Write(Report, ReportText(title: Y(Markup))), Pages: [ReportPage, "/reports/"]),
        new("report summary, theme and commitment", s => s.Write(Report, ReportText(summary: Y(Markup), themeTitle: Y(Markup), themeSummary: Y(Markup), commitment: Y(Markup))),
            Pages: [ReportPage]),
        new("report foreword (Markdown)", s => s.Write(Report, ReportText(foreword: Markup + "\n\n<script>alert(1)</script>\n\n<iframe src=x></iframe>")), Pages: [ReportPage]),
        new("free page title", s => s.Write(About, $"---\ntitle: {Y(Markup)}\nsummary: {Y(Markup)}\n---\nBody.\n"), Pages: [AboutPage, "/"]),
        new("free page body (Markdown)", Page(Markup), Pages: [AboutPage]),
        new("home page introduction", s => s.Write("input/index.md", $"---\ntitle: {Y(Markup)}\nsummary: {Y(Markup)}\n---\n{Markup}\n"), Pages: ["/"]),
        new("site.yml title, description and publisher", s => s.Write("data/site.yml",
            $"title: {Y(Markup)}\ndescription: {Y(Markup)}\npublisher: {Y(Markup)}\n"), Pages: ["/", AboutPage, CasePage]),
        new("site.yml email breaking the mailto link", s => s.Write("data/site.yml", "email: " + Y("a@b.org\"><script>alert(1)</script>") + "\n"), Marker: null),
        new("site.yml url javascript:", s => s.Write("data/site.yml", "url: javascript:alert(1)\n"), Outcome.Error, "SR0116", "data/site.yml"),
        new("CSV source and note", CsvReplace("alpha,carbon,2023-24,,Test source,not collected this year,", $"alpha,carbon,2023-24,,\"{Markup.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"{Markup.Replace("\"", "\"\"", StringComparison.Ordinal)}\","),
            Pages: [SystemPage]),
        new("YAML control characters and lone surrogates in text", CaseField("title", "\"Hostile \\0 \\x1b \\u2028 \\uFFFE \\uD800 \\a end\""), Pages: [CasePage]),

        // Markdown: raw HTML, generic attributes and every way of writing a script address.
        new("Markdown raw <script>", Page("Hostile\n\n<script>alert(1)</script>\n\ntext <script>alert(1)</script>"), Pages: [AboutPage]),
        new("Markdown raw <img onerror>", Page("Hostile <img src=x onerror=alert(1)>\n\n<img src=x onerror=alert(1)>"), Pages: [AboutPage]),
        new("Markdown raw <iframe>", Page("Hostile\n\n<iframe src=\"https://evil.example\"></iframe>"), Pages: [AboutPage]),
        new("Markdown HTML comment and CDATA", Page("Hostile <!-- --><script>alert(1)</script> <![CDATA[<script>alert(1)</script>]]>"), Pages: [AboutPage]),
        new("Markdown link javascript:", Page("Hostile [click](javascript:alert(1))"), Outcome.Error, "SR0302", About),
        new("Markdown image javascript:", Page("Hostile ![pic](javascript:alert(1))"), Outcome.Error, "SR0302", About),
        new("Markdown link data:", Page("Hostile [click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"), Outcome.Error, "SR0302", About),
        new("Markdown image data:", Page("Hostile ![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"), Outcome.Error, "SR0302", About),
        new("Markdown link vbscript:", Page("Hostile [click](vbscript:msgbox(1))"), Outcome.Error, "SR0302", About),
        new("Markdown link JaVaScRiPt:", Page("Hostile [click](JaVaScRiPt:alert(1))"), Outcome.Error, "SR0302", About),
        new("Markdown link entity-encoded jav&#x61;script:", Page("Hostile [click](jav&#x61;script:alert(1))"), Pages: [AboutPage]),
        new("Markdown link with tab entity java&#x09;script:", Page("Hostile [click](java&#x09;script:alert(1))"), Pages: [AboutPage]),
        new("Markdown link javascript&colon;", Page("Hostile [click](javascript&colon;alert(1))"), Pages: [AboutPage]),
        new("Markdown link in angle brackets <javascript:>", Page("Hostile [click](<javascript:alert(1)>)"), Outcome.Error, "SR0302", About),
        new("Markdown reference link javascript:", Page("Hostile [click][r]\n\n[r]: javascript:alert(1)"), Outcome.Error, "SR0302", About),
        new("Markdown footnote with javascript: link", Page("Hostile[^1]\n\n[^1]: See [this](javascript:alert(1))."), Outcome.Error, "SR0302", About),
        new("Markdown autolink <javascript:>", Page("Hostile <javascript:alert(1)>"), Pages: [AboutPage]),
        new("Markdown autolink <JaVaScRiPt:>, <vbscript:>, <data:>", Page("Hostile <JaVaScRiPt:alert(1)> <vbscript:msgbox(1)> <data:text/html,x>"), Pages: [AboutPage]),
        new("Markdown protocol-relative link", Page("Hostile [click](//evil.example/x)"), Pages: [AboutPage]),
        new("Markdown link title breaking the attribute", Page("Hostile [click](https://example.org \"\\\"><script>alert(1)</script>\")"), Pages: [AboutPage]),
        new("Markdown image alt breaking the attribute", Page("Hostile ![\"><script>alert(1)</script>](https://example.org/x.png \"t\\\" onerror=\\\"alert(1)\")"), Pages: [AboutPage]),
        new("Markdown generic attributes {onclick}", Page("# Hostile {onclick=\"alert(1)\"}\n\n[x](https://example.org){onmouseover=\"alert(1)\"}\n\nText {#id .c onerror=alert(1)}"), Pages: [AboutPage]),
        new("Markdown pipe table with markup", Page("| Hostile | <script>alert(1)</script> |\n| --- | --- |\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |"), Outcome.Error, "SR0302", About),
        new("Markdown image leaving the root", Page("Hostile ![pic](/../../etc/passwd)"), Marker: null),
        new("Markdown emphasis nested 50,000 deep", Page("Hostile " + new string('*', 50_000) + "x" + new string('*', 50_000)), Pages: [AboutPage]),
        new("Markdown quotes nested 50,000 deep", Page("Hostile\n\n" + new string('>', 50_000) + " x"), Pages: [AboutPage]),
        new("Markdown links nested 50,000 deep", Page("Hostile " + new string('[', 50_000) + "x" + new string(']', 50_000)), Pages: [AboutPage]),
        new("Markdown 100,000 broken #fragment links", Page("Hostile " + string.Concat(Enumerable.Repeat("[x](#nope) ", 100_000))), Pages: [AboutPage], Isolated: true),
        new("Markdown 50,000 site links", Page("Hostile " + string.Concat(Enumerable.Repeat("[x](/systems/) ", 50_000))), Pages: [AboutPage]),

        // Images: leaving the root, missing, not images, without alt, with script inside.
        new("image ../ out of the root", s => { Outside(s, "p.png", Png); Image("../" + Path.GetFileName(s.Root) + "-outside/p.png")(s); }, Outcome.Error, "SR0114", Case),
        new("image absolute /etc/passwd", Image("/etc/passwd"), Outcome.Error, "SR0114", Case),
        new("image absolute path to a file outside the root", s => Image(Outside(s, "p.png", Png))(s), Outcome.Error, "SR0114", Case),
        new("image backslash ..\\ out of the root", s => { Outside(s, "p.png", Png); Image("input\\..\\..\\" + Path.GetFileName(s.Root) + "-outside\\p.png")(s); }, Outcome.Error, "SR0114", Case),
        new("image symlink to a file outside the root", s =>
        {
            Directory.CreateDirectory(s.Path_("input/images"));
            System.IO.File.CreateSymbolicLink(s.Path_("input/images/p.png"), Outside(s, "secret.png", Secret));
            Image("input/images/p.png")(s);
        }, Outcome.Error, "SR0114", Case),
        new("image in a symlinked folder outside the root", s =>
        {
            var target = Path.GetDirectoryName(Outside(s, "secret.png", Secret))!;
            Directory.CreateDirectory(s.Path_("input"));
            Directory.CreateSymbolicLink(s.Path_("input/images"), target);
            Image("input/images/secret.png")(s);
        }, Outcome.Error, "SR0114", Case),
        new("image missing", Image("input/images/nowhere.png"), Outcome.Error, "SR0114", Case),
        new("image javascript: src", Image("javascript:alert(1)"), Outcome.Error, "SR0114", Case),
        new("image data: src", Image("data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"), Outcome.Error, "SR0114", Case),
        new("image that is a content file", Image("data/systems/alpha.yml"), Outcome.Error, "SR0114", Case),
        new("image without alt", s => { s.WriteBytes("input/images/p.png", Png); Image("input/images/p.png", alt: null)(s); }, Outcome.Error, "SR0115", Case),
        new("image with blank alt", s => { s.WriteBytes("input/images/p.png", Png); Image("input/images/p.png", alt: "   ")(s); }, Outcome.Error, "SR0115", Case),
        new("image SVG with script inside", s =>
        {
            s.Write("input/images/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script><a href=\"javascript:alert(3)\"><text>Hostile</text></a></svg>");
            Image("input/images/evil.svg", "A drawing")(s);
        }, Pages: [CasePage], Marker: null, Check: s =>
        {
            // Opened at its own address, a published SVG runs its script with the site's origin.
            var published = s.Output + "/input/images/evil.svg";
            if (System.IO.File.Exists(published))
                Assert.Empty(HtmlSafety.Problems(System.IO.File.ReadAllText(published)));
        }),

        // CSV values that are not plain numbers, broken rows and files.
        new("CSV value 12%", CsvReplace("alpha,local-share,2023-24,23.5", "alpha,local-share,2023-24,12%"), Outcome.Error, "SR0203", Csv),
        new("CSV value £5", CsvReplace("alpha,local-spend,2023-24,1500000", "alpha,local-spend,2023-24,£5"), Outcome.Error, "SR0203", Csv),
        new("CSV value \"1,200\" (thousands separator)", CsvReplace("alpha,local-spend,2023-24,1500000", "alpha,local-spend,2023-24,\"1,200\""), Outcome.Error, "SR0203", Csv),
        new("CSV value 1,200 unquoted", CsvReplace("alpha,local-spend,2023-24,1500000,Test source,,", "alpha,local-spend,2023-24,1,200,Test source,,"), Outcome.Error, "SR0205", Csv),
        new("CSV value 23,5 (decimal comma)", CsvReplace("alpha,local-share,2023-24,23.5", "alpha,local-share,2023-24,\"23,5\""), Outcome.Error, "SR0203", Csv),
        new("CSV value not a number", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23,lots"), Outcome.Error, "SR0203", Csv),
        new("CSV value NaN", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23,NaN"), Outcome.Error, "SR0203", Csv),
        new("CSV value Infinity", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23,Infinity"), Outcome.Error, "SR0203", Csv),
        new("CSV value -Infinity", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23,-Infinity"), Outcome.Error, "SR0203", Csv),
        new("CSV value 1e400", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23,1e400"), Outcome.Error, "SR0203", Csv),
        new("CSV value 10^16 (over the limit)", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23,10000000000000000"), Outcome.Error, "SR0203", Csv),
        new("CSV value with 400 digits", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23," + new string('9', 400)), Outcome.Error, "SR0203", Csv),
        new("CSV value with 1,000,000 digits", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23," + new string('9', 1_000_000)), Outcome.Error, File: Csv),
        new("CSV value 1e15 extremes accepted", CsvReplace("alpha,carbon,2022-23,160", "alpha,carbon,2022-23,-1000000000000000"), Outcome.Safe, Pages: ["/metrics/carbon/", SystemPage], Marker: null),
        new("CSV huge id", CsvRow("alpha" + new string('a', 100_000) + ",carbon,2021-22,1,,,"), Outcome.Error, "SR0109", Csv),
        new("CSV huge numeric id", CsvRow("99999999999999999999999999999999,carbon,2021-22,1,,,"), Outcome.Error, "SR0104", Csv),
        new("CSV id with markup", CsvRow($"\"{Markup.Replace("\"", "\"\"", StringComparison.Ordinal)}\",carbon,2021-22,1,,,"), Outcome.Error, "SR0109", Csv),
        new("CSV duplicate row", CsvRow("alpha,carbon,2022-23,160,Test source,,"), Outcome.Error, "SR0204", Csv),
        new("CSV duplicate row in another file", s => s.Write("data/metrics/more.csv", "system,metric,period,value\nalpha,carbon,2022-23,161\n"), Outcome.Error, "SR0204"),
        new("CSV unknown system", CsvRow("beta,carbon,2021-22,1,,,"), Outcome.Error, "SR0104", Csv),
        new("CSV unknown metric", CsvRow("alpha,carbn,2021-22,1,,,"), Outcome.Error, "SR0105", Csv),
        new("CSV missing columns", s => s.Write(Csv, "system,value\nalpha,1\n"), Outcome.Error, "SR0201", Csv),
        new("CSV header only", s => s.Write(Csv, "system,metric,period,value\n"), Outcome.Safe, Pages: ["/metrics/"], Marker: null), // no values: no metric page (a metric no system reports has none), the index still built
        new("CSV empty file", s => s.Write(Csv, ""), Outcome.Error, "SR0201", Csv),
        new("CSV period 2023/24", CsvReplace("alpha,carbon,2022-23", "alpha,carbon,2022/23"), Outcome.Error, "SR0110", Csv),
        new("CSV period 2023-25", CsvReplace("alpha,carbon,2022-23", "alpha,carbon,2022-24"), Outcome.Error, "SR0110", Csv),
        new("CSV period 99999-00", CsvReplace("alpha,carbon,2022-23", "alpha,carbon,99999-00"), Outcome.Error, "SR0110", Csv),
        new("CSV unterminated quote", CsvRow("alpha,carbon,2021-22,1,\"never closed,,"), Outcome.Error, "SR0205", Csv),
        new("CSV 3 MB cell", CsvRow("alpha,carbon,2021-22,1,\"" + new string('x', 3 * 1024 * 1024) + "\",,"), File: Csv, Pages: [SystemPage], Marker: null),
        new("CSV UTF-16 with BOM", s => s.WriteBytes(Csv, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(s.Read(Csv))).ToArray()), Outcome.Error, "SR0207", Csv),
        new("CSV UTF-16 without BOM", s => s.WriteBytes(Csv, Encoding.BigEndianUnicode.GetBytes(s.Read(Csv))), Outcome.Error, "SR0207", Csv),
        new("CSV Windows-1252", s => s.WriteBytes(Csv, Encoding.Latin1.GetBytes(s.Read(Csv).Replace("Test source", "Caf\u00e9 \u00a3 source", StringComparison.Ordinal))), Outcome.Error, "SR0207", Csv),
        new("CSV binary bytes", s => s.WriteBytes(Csv, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray()), Outcome.Error, File: Csv),
        new("CSV old Mac line endings (CR only)", s => s.WriteBytes(Csv, Encoding.UTF8.GetBytes(s.Read(Csv).Replace('\n', '\r'))), File: Csv, Marker: null),
        new("CSV formula cells (=HYPERLINK, @, +, -)", CsvReplace("alpha,carbon,2023-24,,Test source,not collected this year,",
            "alpha,carbon,2023-24,,\"=HYPERLINK(\"\"https://evil.example\"\",\"\"Hostile\"\")\",@SUM(1+1)*cmd|' /C calc'!A0,"),
            Outcome.Safe, Pages: [SystemPage], Check: s =>
            {
                foreach (var file in new[] { "data/metrics.csv", "data/systems/alpha.csv", "reports/alpha/2023-24/figures.csv" })
                {
                    var path = Path.Combine(s.Output, file);
                    if (!System.IO.File.Exists(path)) continue;
                    var text = System.IO.File.ReadAllText(path);
                    if (!file.StartsWith("reports/", StringComparison.Ordinal)) Assert.Contains("HYPERLINK", text, StringComparison.Ordinal); // kept, not dropped
                    foreach (var cell in CsvCells(text))
                        Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _),
                            $"{file}: the cell '{cell}' starts with a formula character; a spreadsheet would run it");
                }
            }),

        // YAML: malformed, mistyped, empty, binary, huge, nested, alias bombs, duplicate keys, tabs.
        new("YAML malformed (unclosed quote)", s => s.Write(Case, "title: \"never closed\nsystem: alpha\n"), Outcome.Error, "SR0001", Case),
        new("YAML malformed (bad indentation)", s => s.Write(Case, "title: A\n system: alpha\n  principles: x\n"), Outcome.Error, "SR0001", Case),
        new("YAML list where text expected", CaseField("title", "[Hostile, list]"), Outcome.Error, "SR0108", Case),
        new("YAML mapping where text expected", CaseField("summary", "{a: b}"), Outcome.Error, "SR0108", Case),
        new("YAML text where list expected", s => s.Write(Case, CaseStudy("", "").Replace("organisations: [\"Alpha Council\"]", "organisations: Alpha Council", StringComparison.Ordinal)), Outcome.Error, "SR0108", Case),
        new("YAML text where list of mappings expected", s => s.Write(Case, CaseStudy("", "") + "\n").Replace(Case, "quotes:\n  - text: \"It changed how we recruit.\"\n    by: \"A manager\"", "quotes: lots"), Outcome.Error, "SR0108", Case),
        new("YAML number where mapping expected", s => s.Write(Case, CaseStudy("image", "image: 42")), Outcome.Error, "SR0004", Case),
        new("YAML mistyped catalogue (mapping not list)", s => s.Write("data/domains.yml", "net-zero: Net zero\n"), Outcome.Error, "SR0004", "data/domains.yml"),
        new("YAML empty case study", s => s.Write(Case, ""), Outcome.Error, "SR0004", Case),
        new("YAML empty system", s => s.Write("data/systems/alpha.yml", ""), Outcome.Error, File: "data/systems/alpha.yml"),
        new("YAML empty catalogue", s => s.Write("data/principles.yml", ""), Outcome.Error, "SR0004", "data/principles.yml"),
        new("YAML comment-only file", s => s.Write(Case, "# nothing here\n"), Outcome.Error, "SR0004", Case),
        new("YAML empty site.yml", s => s.Write("data/site.yml", ""), Pages: ["/"], Marker: null),
        new("YAML binary bytes with NUL", s => s.WriteBytes(Case, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray()), Outcome.Error, "SR0002", Case),
        new("YAML invalid UTF-8 without NUL", s => s.WriteBytes(Case, Encoding.Latin1.GetBytes("title: Caf\u00e9 \u00a3\nsystem: alpha\n")), Outcome.Error, "SR0002", Case),
        new("YAML UTF-16", s => s.WriteBytes(Case, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(CaseStudy("", ""))).ToArray()), Outcome.Error, "SR0002", Case),
        new("YAML 3 MB file", CaseField("faced", Block(Marker + " " + string.Concat(Enumerable.Repeat("Unemployment was high. ", 140_000)))), Outcome.Error, "SR0002", Case),
        new("YAML 1.5 MB summary (under the limit)", CaseField("summary", Y(Marker + " " + string.Concat(Enumerable.Repeat("Local jobs. ", 130_000)))), Pages: [CasePage]),
        new("YAML 3 MB catalogue", s => s.Write("data/metrics.yml", s.Read("data/metrics.yml") + "# " + new string('x', 3 * 1024 * 1024) + "\n"), Outcome.Error, "SR0002", "data/metrics.yml"),
        new("YAML nested 10,000 deep (flow)", s => s.Write(Case, "title: " + new string('[', 10_000) + new string(']', 10_000) + "\n"), Outcome.Error, "SR0120", Case),
        new("YAML nested 100 deep (block)", s => s.Write(Case, string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "k" + i + ":\n")) + new string(' ', 200) + "x\n"), Outcome.Error, "SR0120", Case),
        new("YAML billion laughs (aliases)", s => s.Write(Case, LaughsBomb(levels: 9, fanout: 10, asKey: false)), Outcome.Error, File: Case),
        new("YAML billion laughs used as a mapping key", s => s.Write(Case, LaughsBomb(levels: 9, fanout: 10, asKey: true)), Outcome.Error, File: Case, Isolated: true),
        new("YAML 2^45 alias tree used as a mapping key", s => s.Write(Case, LaughsBomb(levels: 45, fanout: 2, asKey: true)), Outcome.Error, File: Case, Isolated: true),
        new("YAML 101 aliases", s => s.Write(Case, "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 101)) + "]\n"), Outcome.Error, "SR0120", Case),
        new("YAML self-referencing alias", s => s.Write(Case, CaseStudy("title", "&t [*t]")), Outcome.Error, "SR0108", Case, Isolated: true),
        new("YAML self-referencing alias as a key", s => s.Write(Case, "a: &a [*a]\n? *a\n: x\n"), Outcome.Error, File: Case, Isolated: true),
        new("YAML undefined alias", s => s.Write(Case, CaseStudy("title", "*nowhere")), Outcome.Error, File: Case),
        new("YAML merge key", s => s.Write(Case, "base: &b {system: alpha}\n<<: *b\n" + CaseStudy("", "")), Outcome.Error, "SR0101", Case),
        new("YAML duplicate keys", s => s.Write(Case, CaseStudy("", "") + "title: Again\n"), Outcome.Error, "SR0003", Case),
        new("YAML duplicate keys in a catalogue entry", s => s.Replace("data/principles.yml", "  title: Principle two\n", "  title: Principle two\n  title: Again\n"), Outcome.Error, "SR0003", "data/principles.yml"),
        new("YAML tab indentation", s => s.Write(Case, "title: Alpha\nfigures:\n\t- value: 1\n"), Outcome.Error, "SR0001", Case),
        new("YAML two documents", s => s.Write(Case, CaseStudy("", "") + "---\ntitle: Second\n"), Outcome.Error, "SR0004", Case),
        new("YAML tags (!!binary, !!python/object)", s => s.Write(Case, CaseStudy("title", "!!python/object:os.system \"Hostile\"").Replace("summary: \"Local", "summary: !!binary \"Local", StringComparison.Ordinal)),
            Pages: [CasePage]),
        new("YAML case study file name not an id", s => s.Write("data/case-studies/Alpha Jobs copy.yml", CaseStudy("", "")), Outcome.Error, "SR0109", "data/case-studies/Alpha Jobs copy.yml"),

        // Numbers and dates at the edges.
        new("figure value .nan and .inf", s => s.Write(Case, CaseStudy("", "").Replace("  - value: 100", "  - value: .nan", StringComparison.Ordinal)
            .Replace("    value: 240", "    value: .inf", StringComparison.Ordinal)), Outcome.Error, "SR0119", Case),
        new("figure value 1e308", s => s.Write(Case, CaseStudy("", "").Replace("  - value: 100", "  - value: 1e308", StringComparison.Ordinal)), Outcome.Error, "SR0119", Case),
        new("programme stages starting at zero", s => s.Write(Case, CaseStudy("stage", Y("Hostile")).Replace("    value: 240", "    value: 0", StringComparison.Ordinal)), Pages: [CasePage]),
        new("programme stages negative", s => s.Write(Case, CaseStudy("stage", Y("Hostile")).Replace("    value: 240", "    value: -240", StringComparison.Ordinal)), Pages: [CasePage]),
        new("figure values at the limits", s => s.Write(Case, CaseStudy("label", Y("Hostile")).Replace("  - value: 100", "  - value: -1000000000000000", StringComparison.Ordinal)), Pages: [CasePage]),
        new("case study published 9999-12-31", s => s.Write(Case, CaseStudy("title", Y("Hostile")) + "published: 9999-12-31\n"), Pages: [CasePage]),
        new("case study published 0001-01-01", s => s.Write(Case, CaseStudy("title", Y("Hostile")) + "published: 0001-01-01\n"), Pages: [CasePage]),
        new("system population 1e308", s => s.Write("data/systems/alpha.yml", "name: Alpha\ntype: ICS\nnation: England\npopulation: 1e308\n"), Outcome.Error, "SR0119", "data/systems/alpha.yml"),
        new("site.yml language with markup", s => s.Write("data/site.yml", "language: " + Y("en\"><script>alert(1)</script>") + "\n"), Outcome.Error, "SR0112", "data/site.yml"),
        new("CSV 300 periods of one metric", s => s.Write(Csv, "system,metric,period,value\n" + string.Concat(Enumerable.Range(1900, 300).Select(y => $"alpha,carbon,{y}-{(y + 1) % 100:00},{y % 7 * 1000}\n"))),
            Outcome.Safe, Pages: [SystemPage, "/metrics/carbon/"], Marker: null),
        new("CSV every value zero", s => s.Write(Csv, "system,metric,period,value\nalpha,carbon,2021-22,0\nalpha,carbon,2022-23,0\nalpha,local-share,2022-23,0\nalpha,local-share,2023-24,0\n"),
            Outcome.Safe, Pages: [SystemPage, ReportPage], Marker: null),

        // Cross-references and duplicates.
        new("duplicate case-study id across folders", s => s.Write("data/case-studies/a/b/alpha-jobs.yml", s.Read(Case)), Outcome.Error, "SR0113"),
        new("duplicate case-study id .yml and .yaml", s => s.Write("data/case-studies/alpha-jobs.yaml", s.Read(Case)), Outcome.Error, "SR0113"),
        new("duplicate system id .yml and .yaml", s => s.Write("data/systems/alpha.yaml", s.Read("data/systems/alpha.yml")), Outcome.Error, "SR0113"),
        new("duplicate catalogue id", s => s.Replace("data/principles.yml", "- id: local-assets", "- id: anchor-system"), Outcome.Error, "SR0113", "data/principles.yml"),
        new("report pointing at an unknown metric", s => s.Replace(Report, "metrics: [local-spend]", "metrics: [local-spend, nowhere]"), Outcome.Error, "SR0105", Report),
        new("report pointing at an unknown case study", s => s.Replace(Report, "case-studies: [alpha-jobs]", "case-studies: [nowhere]"), Outcome.Error, "SR0106", Report),
        new("report commitment with an unknown metric", s => s.Replace(Report, "metric: local-share", "metric: nowhere"), Outcome.Error, "SR0105", Report),
        new("report for an unknown system", s => s.Write("input/reports/nowhere/2023-24.md", "---\ntitle: X\n---\n"), Outcome.Error, "SR0104", "input/reports/nowhere/2023-24.md"),
        new("report path leaving its folder", s => s.Write("input/reports/alpha/x/2023-24.md", "---\ntitle: X\n---\n"), Outcome.Error, "SR0303"),
        new("case study with an unknown system", s => s.Replace(Case, "system: alpha", "system: nowhere"), Outcome.Error, "SR0104", Case),
        new("case study with markup as principle id", s => s.Replace(Case, "principles: [local-assets, share-resources]", "principles: [" + Y(Markup) + "]"), Outcome.Error, "SR0109", Case),

        // Front matter.
        new("front matter not closed", s => s.Write(About, "---\ntitle: About\n\nBody.\n"), Outcome.Error, "SR0301", About),
        new("front matter only an opening line", s => s.Write(About, "---"), Outcome.Error, "SR0301", About),
        new("front matter missing", s => s.Write(About, "title: About\n\nBody.\n"), Outcome.Error, "SR0301", About),
        new("report front matter not closed", s => s.Write(Report, ReportText().Replace("---\nOur foreword.", "Our foreword.", StringComparison.Ordinal)), Outcome.Error, "SR0301", Report),
        new("front matter empty", s => s.Write(About, "---\n---\nBody.\n"), Outcome.Error, File: About),
        new("front matter a list", s => s.Write(About, "---\n- title: About\n---\nBody.\n"), Outcome.Error, "SR0004", About),
        new("front matter malformed YAML", s => s.Write(About, "---\ntitle: [About\n---\nBody.\n"), Outcome.Error, "SR0001", About),
        new("front matter with CRLF line endings", s => s.Write(About, "---\r\ntitle: Hostile CRLF\r\n---\r\nBody.\r\n"), Outcome.Safe, Pages: [AboutPage]),
        new("page file empty", s => s.Write(About, ""), Outcome.Error, "SR0301", About),
        new("page file 3 MB", s => s.Write(About, "---\ntitle: About\n---\n" + new string('x', 3 * 1024 * 1024) + "\n"), Outcome.Error, "SR0002", About),
        new("page with a UTF-8 BOM", s => s.WriteBytes(About, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: Hostile BOM\n---\nBody.\n")).ToArray()), Outcome.Safe, Pages: [AboutPage]),

        // Output folders over the content: wrong usage, and nothing changes.
        new("output is the root", _ => { }, Outcome.Usage, Args: s => ["--output", s.Root]),
        new("output is data/", _ => { }, Outcome.Usage, Args: s => ["--output", s.Path_("data")]),
        new("output inside input/", _ => { }, Outcome.Usage, Args: s => ["--output", s.Path_("input/site")]),
        new("output is theme/", s => s.Write("theme/css/site.css", "body{}"), Outcome.Usage, Args: s => ["--output", s.Path_("theme")]),
        new("output contains the root", _ => { }, Outcome.Usage, Args: s => ["--output", Path.GetDirectoryName(s.Root)!]),
        new("output is data/ written with ../", _ => { }, Outcome.Usage, Args: s => ["--output", s.Path_("output/../data")]),
        new("output is a symlink to data/", s => Directory.CreateSymbolicLink(s.Path_("out"), s.Path_("data")), Outcome.Usage, Args: s => ["--output", s.Path_("out")]),
        new("output under a symlink to input/", s => Directory.CreateSymbolicLink(s.Path_("out"), s.Path_("input")), Outcome.Usage, Args: s => ["--output", s.Path_("out/site")]),
        new("output a non-empty folder not made by StatiqReport", s => s.Write("docs/keep.txt", "mine"), Outcome.Usage, Args: s => ["--output", s.Path_("docs")]),
        new("base URL javascript:", _ => { }, Outcome.Usage, Args: _ => ["--base-url", "javascript:alert(1)//"]),
        new("base URL breaking attributes", _ => { }, Outcome.Usage, Args: _ => ["--base-url", "/x\"><script>alert(1)</script>/"]),
    };

    /// <summary>Levels of anchored lists, each holding <paramref name="fanout"/> aliases of the one before ("billion laughs").</summary>
    private static string LaughsBomb(int levels, int fanout, bool asKey)
    {
        var sb = new StringBuilder("l0: &l0 [" + string.Join(", ", Enumerable.Repeat("lol", fanout)) + "]\n");
        for (var i = 1; i <= levels; i++)
            sb.Append($"l{i}: &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", fanout))).Append("]\n");
        sb.Append(asKey ? $"? *l{levels}\n: x\n" : $"title: *l{levels}\n");
        return sb.ToString();
    }

    // ---------------------------------------------------------------- the test

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_WithHostileInput_RefusesWithLocatedErrorsOrEncodesSafely(Hostile hostile)
    {
        using var site = new TempSite("minimal-site");
        try
        {
            hostile.Make(site);
            var args = new List<string> { "build" };
            if (hostile.Args is not null) args.AddRange(hostile.Args(site));

            // Usage cases hash the whole root (an output over the content must change nothing); the others data/ and input/.
            string[] folders = hostile.Expect == Outcome.Usage ? [""] : ["data", "input", "theme"];
            var before = Hash(site, folders);

            var result = hostile.Isolated ? RunOutOfProcess(site, args) : RunInProcess(site, args);
            var diagnosis = $"exit {result.ExitCode}\n--- stderr ---\n{Clip(result.Stderr)}\n--- stdout ---\n{Clip(result.Stdout)}";

            Assert.DoesNotContain("SR9999", result.Stderr, StringComparison.Ordinal);
            Assert.False(result.Stderr.Contains("   at ", StringComparison.Ordinal), "a stack trace was printed:\n" + diagnosis);
            var after = Hash(site, folders);
            Assert.True(before.SequenceEqual(after), "the build changed content files:\n" + string.Join("\n", before.Except(after).Concat(after.Except(before))));

            if (hostile.Expect == Outcome.Usage)
            {
                Assert.True(result.ExitCode == 2, "expected exit 2 (wrong usage), got " + diagnosis);
                Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
                return;
            }
            Assert.True(result.ExitCode is 0 or 1, "expected exit 0 or 1, got " + diagnosis);

            if (result.ExitCode == 1)
            {
                Assert.True(hostile.Expect != Outcome.Safe, "expected a successful build with the content encoded, got " + diagnosis);
                Assert.NotEmpty(result.Errors);
                foreach (var line in result.Errors)
                    Assert.True(LocatedError().IsMatch(line), $"an error line is not 'path(line,col): error SRnnnn: message': {Clip(line)}");
                if (hostile.Code is not null)
                    Assert.True(result.Errors.Any(e => e.Contains($": error {hostile.Code}: ", StringComparison.Ordinal)), $"expected error {hostile.Code}; got\n{diagnosis}");
                if (hostile.File is not null)
                    Assert.True(result.Errors.Any(e => e.StartsWith(hostile.File + "(", StringComparison.Ordinal)), $"expected an error located in {hostile.File}; got\n{diagnosis}");
                Assert.False(Directory.Exists(site.Output), "a failed build must not write output");
                return;
            }

            Assert.True(hostile.Expect != Outcome.Error, $"expected a located error{(hostile.Code is null ? "" : " " + hostile.Code)}, but the build succeeded:\n{diagnosis}");
            Assert.True(System.IO.File.Exists(Path.Combine(site.Output, "index.html")), "the build succeeded but wrote no site");
            // No page of the site may carry script, whichever pages the content reaches.
            foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
            {
                var problems = HtmlSafety.Problems(System.IO.File.ReadAllText(file));
                Assert.True(problems.Count == 0, $"{Path.GetRelativePath(site.Output, file)} carries injected markup:\n{string.Join("\n", problems.Take(10))}");
            }
            foreach (var route in hostile.Pages ?? [])
            {
                Assert.True(site.Exists(route), $"the page {route} is missing: content was lost");
                if (hostile.Marker is not null)
                    Assert.True(site.Page(route).Contains(hostile.Marker, StringComparison.Ordinal), $"the page {route} no longer shows '{hostile.Marker}': content was lost");
            }
            hostile.Check?.Invoke(site);
        }
        finally
        {
            var outside = site.Root + "-outside";
            if (Directory.Exists(outside)) Directory.Delete(outside, recursive: true);
        }
    }

    /// <summary>The scanner finds what it must find (so a passing case means something).</summary>
    [Theory]
    [InlineData("<p><script>alert(1)</script></p>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\" jav&#x61;script:alert(1)\">x</a>")]
    [InlineData("<a href='JAVASCRIPT:alert(1)'>x</a>")]
    [InlineData("<a href=\"java\tscript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<svg><a xlink:href=\"data:text/html,x\">x</a></svg>")]
    [InlineData("<div title=\"x\" onmouseover=\"alert(1)\">x</div>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)</script>\"}</script>")]
    public void Scanner_FindsInjectedMarkup(string html) => Assert.NotEmpty(HtmlSafety.Problems(html));

    [Theory]
    [InlineData("<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1) javascript:alert(1)</p>")]
    [InlineData("<meta name=\"description\" content=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"\\u003Cscript\\u003Ealert(1)\"}</script><script src=\"/assets/js/search.js\" defer></script>")]
    [InlineData("<a href=\"https://example.org/javascript:x\">x</a><a>no address</a>")]
    public void Scanner_AcceptsEncodedMarkup(string html) => Assert.Empty(HtmlSafety.Problems(html));

    /// <summary>The unchanged minimal site passes the scanner: the theme's own markup is not flagged.</summary>
    [Fact]
    public void MinimalSite_OutputPassesTheScanner()
    {
        using var site = new TempSite("minimal-site");
        var result = RunInProcess(site, ["build"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
            Assert.Empty(HtmlSafety.Problems(System.IO.File.ReadAllText(file)));
    }

    // ---------------------------------------------------------------- running

    /// <summary>Runs the command line in-process with a time limit; an exception is a crash (Main would print SR9999 and exit 2).</summary>
    private static RunResult RunInProcess(TempSite site, IReadOnlyList<string> args)
    {
        var task = Task.Run(() => site.Run([.. args]));
        try
        {
            if (!task.Wait(Timeout)) Assert.Fail($"the build did not finish within {Timeout.TotalSeconds:0} s: a hang");
        }
        catch (AggregateException e)
        {
            var inner = e.InnerException!;
            Assert.Fail($"the build crashed: Program.Main would print 'error SR9999: internal failure: {inner.GetType().Name}: {Clip(inner.Message)}' and exit 2\n{Clip(inner.ToString())}");
        }
        return task.Result;
    }

    /// <summary>
    /// Runs the built program in a child process, for inputs that could take the test host down with
    /// them (a stack overflow cannot be caught in-process); killed after the time limit.
    /// </summary>
    private static RunResult RunOutOfProcess(TempSite site, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--root");
        start.ArgumentList.Add(site.Root);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"the build did not finish within {Timeout.TotalSeconds:0} s: a hang\n{Clip(stderr.Result)}");
        }
        process.WaitForExit();
        var result = new RunResult(process.ExitCode, stdout.Result, stderr.Result);
        if (result.ExitCode is not (0 or 1 or 2))
            Assert.Fail($"the build process died with exit code {result.ExitCode} (e.g. a stack overflow):\n{Clip(result.Stderr)}");
        return result;
    }

    /// <summary>Every file under the folders, with a hash of its bytes (or where a link points).</summary>
    private static List<string> Hash(TempSite site, string[] folders)
    {
        var list = new List<string>();
        foreach (var folder in folders)
        {
            var dir = folder.Length == 0 ? site.Root : site.Path_(folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var entry in Directory.EnumerateFileSystemEntries(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true, MaxRecursionDepth = 20 }).Order(StringComparer.Ordinal))
            {
                var rel = Path.GetRelativePath(site.Root, entry);
                FileSystemInfo info = Directory.Exists(entry) ? new DirectoryInfo(entry) : new FileInfo(entry);
                if (info.LinkTarget is { } target) list.Add($"{rel} -> {target}");
                else if (info is FileInfo) list.Add($"{rel} {Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(entry)))}");
                else list.Add(rel + "/");
            }
        }
        return list;
    }

    /// <summary>The cells of an RFC 4180 CSV text, unquoted.</summary>
    private static IEnumerable<string> CsvCells(string text)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c is ',' or '\n') { yield return cell.ToString(); cell.Clear(); }
            else cell.Append(c);
        }
        if (cell.Length > 0) yield return cell.ToString();
    }

    private static string Clip(string s) => s.Length <= 4000 ? s : s[..4000] + $"... ({s.Length:N0} characters)";

    [GeneratedRegex(@"^[\w./ -]+\(\d+,\d+\): error SR\d{4}: ")]
    private static partial Regex LocatedError();
}

/// <summary>
/// Finds markup in built HTML that would run script: script elements other than the theme's JSON-LD
/// block and deferred script files, event-handler attributes, frames, objects and base elements, and
/// script, data or vbscript addresses in any URL attribute (after decoding entities and dropping the
/// whitespace and control characters browsers ignore). Encoded text ("&lt;script&gt;") is not markup.
/// </summary>
public static class HtmlSafety
{
    private static readonly HashSet<string> ForbiddenTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "base", "foreignobject", "math", "template", "noscript", "style", "link-import",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "xlink:href", "action", "formaction", "poster", "background", "data", "cite", "srcset", "ping", "longdesc", "manifest", "codebase", "lowsrc", "dynsrc",
    };

    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "livescript:", "data:"];

    public static List<string> Problems(string html)
    {
        var problems = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (i + 1 < html.Length && html[i + 1] is '!' or '?' or '/')
            {
                var end = html.IndexOf('>', i);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }
            if (i + 1 >= html.Length || !char.IsAsciiLetter(html[i + 1])) { i++; continue; }
            var start = i;
            var j = i + 1;
            while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('>' or '/')) j++;
            var name = html[(i + 1)..j];
            var attributes = new List<(string Name, string Value)>();
            while (j < html.Length && html[j] != '>')
            {
                if (char.IsWhiteSpace(html[j]) || html[j] == '/') { j++; continue; }
                var a = j;
                while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('=' or '>' or '/')) j++;
                var attr = html[a..j];
                while (j < html.Length && char.IsWhiteSpace(html[j])) j++;
                var value = "";
                if (j < html.Length && html[j] == '=')
                {
                    j++;
                    while (j < html.Length && char.IsWhiteSpace(html[j])) j++;
                    if (j < html.Length && html[j] is '"' or '\'')
                    {
                        var q = html[j];
                        var close = html.IndexOf(q, j + 1);
                        if (close < 0) close = html.Length;
                        value = html[(j + 1)..close];
                        j = Math.Min(close + 1, html.Length);
                    }
                    else
                    {
                        var v = j;
                        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>') j++;
                        value = html[v..j];
                    }
                }
                if (attr.Length == 0) { j++; continue; }
                attributes.Add((attr, WebUtility.HtmlDecode(value)));
            }
            var tagEnd = Math.Min(j + 1, html.Length);
            var tag = html[start..Math.Min(tagEnd, start + 200)];

            if (ForbiddenTags.Contains(name)) problems.Add($"<{name}> element: {tag}");
            // The theme's own Content-Security-Policy is the one http-equiv a page may carry, with exactly the site's policy.
            if (name.Equals("meta", StringComparison.OrdinalIgnoreCase) && attributes.Any(a => a.Name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase))
                && !(attributes.Any(a => a.Name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase) && a.Value == "Content-Security-Policy")
                     && attributes.Any(a => a.Name.Equals("content", StringComparison.OrdinalIgnoreCase) && a.Value == StatiqReport.Output.Security.ContentSecurityPolicy)))
                problems.Add($"<meta http-equiv>: {tag}");
            foreach (var (attr, value) in attributes)
            {
                if (attr.StartsWith("on", StringComparison.OrdinalIgnoreCase)) problems.Add($"event handler '{attr}': {tag}");
                if (UrlAttributes.Contains(attr))
                {
                    var url = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
                    if (ScriptSchemes.Any(s => url.StartsWith(s, StringComparison.Ordinal))) problems.Add($"script address in '{attr}': {tag}");
                }
                if (attr.Equals("style", StringComparison.OrdinalIgnoreCase) && Regex.IsMatch(value, "expression|javascript:|url\\(", RegexOptions.IgnoreCase))
                    problems.Add($"style with script or address: {tag}");
            }

            if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</script", tagEnd, StringComparison.OrdinalIgnoreCase);
                if (close < 0) close = html.Length;
                var body = html[tagEnd..close];
                var isJsonLd = attributes.Count == 1 && attributes[0] is ("type", "application/ld+json");
                var isFile = attributes.Count == 2 && attributes[0].Name == "src" && attributes[1] is ("defer", "") && body.Length == 0;
                if (!isJsonLd && !isFile) problems.Add($"script element: {html[start..Math.Min(close, start + 200)]}");
                else if (isJsonLd && body.Contains('<', StringComparison.Ordinal)) problems.Add($"'<' inside the JSON-LD block: {Clip(body)}");
                i = close;
                continue;
            }
            i = tagEnd;
        }
        return problems;
    }

    private static string Clip(string s) => s.Length <= 200 ? s : s[..200] + "...";
}
