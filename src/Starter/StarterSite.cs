using System.Reflection;
using System.Text;
using StatiqReport.Model;

namespace StatiqReport.Starter;

/// <summary>What a new site is started for.</summary>
/// <param name="SystemId">The system's id: its file name and address.</param>
/// <param name="Name">The system's full name.</param>
/// <param name="Type">ICS or LHB.</param>
/// <param name="Nation">England or Wales.</param>
/// <param name="Region">The NHS region, when known.</param>
/// <param name="WelshName">The body's Welsh name, when known (Welsh boards).</param>
/// <param name="Period">The financial year of the starter report.</param>
/// <param name="Today">The date the site is started (for comments and the site's README).</param>
/// <param name="Command">How the person runs the program, for the commands printed in the site's README.</param>
public sealed record StarterOptions(
    string SystemId, string Name, string Type, string Nation, string? Region, string? WelshName, Period Period, DateOnly Today, string Command)
{
    public bool Welsh => Nation == "Wales";
}

/// <summary>One file of a new site: a text file (written as UTF-8 without a BOM) or the workbook of figures.</summary>
/// <param name="Path">Root-relative, with forward slashes.</param>
/// <param name="Text">The text of a text file; null for the workbook.</param>
/// <param name="Bytes">What is written.</param>
public sealed record StarterFile(string Path, string? Text, byte[] Bytes)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static StarterFile OfText(string path, string text) => new(path, text, Utf8.GetBytes(text));

    public static StarterFile OfBytes(string path, byte[] bytes) => new(path, null, bytes);

    /// <summary>The starter text in the file: in the text, or in the workbook's cells.</summary>
    public IReadOnlyList<Placeholders.Found> StarterText() =>
        Text is null ? Starter.Placeholders.FindInWorkbook(Bytes, Path) : Starter.Placeholders.Find(Text, Path);
}

/// <summary>
/// The files of a new one-system site: the templates in src/Starter/Templates (embedded in the program)
/// with the system's details put in, and the contract's catalogues with the bundled text (the sample's
/// own files, embedded, so the two can never drift apart). A Welsh board gets the Welsh files too.
/// </summary>
public static class StarterSite
{
    private const string TemplatePrefix = "starter/";
    private const string WelshPrefix = "starter/welsh/";
    private const string CataloguePrefix = "catalogue/";

    /// <summary>The metrics a new site starts with: the commonest anchor measures (the sample defines about 70).</summary>
    public static IReadOnlyList<string> StarterMetrics { get; } =
    [
        "local-spend-share", "influenceable-spend", "vcse-spend", "social-value", "staff-employed", "staff-living-locally",
        "staff-in-deprived-areas", "apprenticeships", "living-wage-jobs", "local-people-into-jobs", "carbon-footprint", "estate-value",
    ];

    /// <summary>The site's files, by root-relative path (forward slashes), in a fixed order.</summary>
    public static IReadOnlyList<StarterFile> Files(StarterOptions o)
    {
        var tokens = Tokens(o);
        var files = new List<(string, string)>();
        foreach (var name in ResourceNames(TemplatePrefix).Where(n => !n.StartsWith(WelshPrefix, StringComparison.Ordinal)))
            files.Add((TargetPath(name[TemplatePrefix.Length..], o), Fill(Resource(name), tokens)));
        // The case study and the report are the same starters as `new case-study` and `new report` write.
        files.Add(("data/case-studies/first-case-study.yml",
            CaseStudyStarter.Text(new CaseStudyStart("first-case-study", o.SystemId, o.Name, o.Period, o.Today, InNewSite: true))));
        files.Add(($"input/reports/{o.SystemId}/{o.Period.Id}.md", ReportStarter.Text(new ReportStart(o.SystemId, o.Period,
            [new("apprenticeships", "employment-skills"), new("local-spend-share", "procurement")],
            [new("first-case-study", ["employment-skills"])], AnyMetric: null))));
        files.Add(("data/principles.yml", Resource(CataloguePrefix + "principles.yml")));
        files.Add(("data/domains.yml", Resource(CataloguePrefix + "domains.yml")));
        files.Add(("data/maturity.yml", Resource(CataloguePrefix + "maturity.yml")));
        files.Add(("data/metrics.yml", MetricsHeader + Entries(Resource(CataloguePrefix + "metrics.yml"), StarterMetrics)));
        if (o.Welsh)
        {
            foreach (var name in ResourceNames(WelshPrefix))
                files.Add((TargetPath(name[WelshPrefix.Length..], o), Fill(Resource(name), tokens)));
            files.Add(("data/principles.cy.yml", Resource(CataloguePrefix + "principles.cy.yml")));
            files.Add(("data/domains.cy.yml", Resource(CataloguePrefix + "domains.cy.yml")));
            files.Add(("data/maturity.cy.yml", Resource(CataloguePrefix + "maturity.cy.yml")));
            files.Add(("data/metrics.cy.yml", WelshMetricsHeader + Entries(Resource(CataloguePrefix + "metrics.cy.yml"), StarterMetrics)));
        }
        var all = files.Select(f => StarterFile.OfText(f.Item1, f.Item2)).ToList();
        // The figures are a workbook: comms teams keep figures in Excel, which spoils a CSV file it saves.
        all.Add(StarterFile.OfBytes($"data/metrics/{o.SystemId}.xlsx", StarterWorkbook.Bytes(o)));
        return all.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the files into a folder (which the caller has checked is new or empty).</summary>
    public static void Write(string folder, IEnumerable<StarterFile> files)
    {
        foreach (var file in files)
        {
            var full = Path.Combine(folder, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, file.Bytes);
        }
    }

    /// <summary>The financial year (April to March) that a date falls in.</summary>
    public static Period PeriodOf(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    private const string MetricsHeader = """
        # The metrics your site reports: a starter set of the commonest anchor measures.
        # Each needs an id (lower case with hyphens; it is the metric's address, /metrics/<id>/), the domain
        # it belongs to (an id from data/domains.yml), a title, a unit (gbp for pounds, percent, count, or
        # your own words such as "tonnes CO2e"), better (up or down: which way is an improvement), a
        # definition in plain words and, optionally, where the measure comes from.
        # To add one, copy an entry, blank line included, and change it. Only metrics with figures in
        # data/metrics/ get a page, so an unused entry does no harm.

        """;

    private const string WelshMetricsHeader = """
        # Welsh text of data/metrics.yml: the title, definition and source of each metric, in the same order.
        # Add an entry here for every metric you add to data/metrics.yml.

        """;

    /// <summary>The entries of a catalogue file (blocks starting "- id: "), in the order of <paramref name="ids"/>.</summary>
    private static string Entries(string catalogue, IReadOnlyList<string> ids)
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = catalogue.Replace("\r\n", "\n").Split('\n');
        string? id = null;
        var current = new StringBuilder();
        void Flush()
        {
            if (id is not null) blocks[id] = current.ToString().TrimEnd('\n') + "\n";
            current.Clear();
        }
        foreach (var line in lines)
        {
            if (line.StartsWith("- id: ", StringComparison.Ordinal))
            {
                Flush();
                id = line["- id: ".Length..].Trim();
            }
            if (id is not null) current.Append(line).Append('\n');
        }
        Flush();
        return string.Join("\n", ids.Select(i => blocks.TryGetValue(i, out var b) ? b
            : throw new InvalidOperationException($"the bundled catalogue has no metric '{i}'")));
    }

    private static Dictionary<string, string> Tokens(StarterOptions o)
    {
        var p = o.Period;
        var welshName = o.WelshName ?? "[[The board's name in Welsh]]";
        var region = o.Region ?? (o.Welsh ? "Wales" : null);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{{id}}"] = o.SystemId,
            ["{{name}}"] = o.Name,
            ["{{type}}"] = o.Type,
            ["{{nation}}"] = o.Nation,
            // A starting example for the system's summary that fits a board as well as an ICS.
            ["{{summary-example}}"] = o.Welsh ? "The health board for the people of ... and ..." : "The integrated care system for the people of ... and ...",
            ["{{region-line}}"] = region is null ? "# region: North East and Yorkshire" : $"region: \"{region}\"",
            ["{{period}}"] = p.Id,
            ["{{period-display}}"] = p.Display,
            ["{{previous}}"] = p.Previous.Id,
            ["{{previous-display}}"] = p.Previous.Display,
            ["{{next}}"] = p.Next.Id,
            ["{{today}}"] = o.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["{{language}}"] = "en-GB",
            ["{{command}}"] = o.Command,
            ["{{version}}"] = Cli.ProgramVersion.Short,
            ["{{releases}}"] = Cli.ProgramVersion.ReleaseDownloads,
            ["{{welsh-name}}"] = welshName,
            ["{{welsh-name-line}}"] = o.Welsh ? $"# The board's name in Welsh, shown beside the English.\nwelsh-name: \"{welshName}\"\n" : "",
            ["{{welsh-settings}}"] = o.Welsh ? WelshSettings.Replace("{{id}}", o.SystemId, StringComparison.Ordinal) : "",
            ["{{welsh-table}}"] = o.Welsh ? "| `*.cy.yml`, `*.cy.md` | the Welsh text of the file of the same name: every page is published in English and Welsh |\n" : "",
        };
    }

    private const string WelshSettings = """
        # Welsh: every page is published in English and in Welsh (under /cy/). The Welsh text of each
        # file is in the file beside it with .cy before the extension (site.cy.yml beside site.yml).
        # The build stops if a Welsh file is missing.
        welsh:
          required: [{{id}}]
          shared: required
          # true adds a note to every Welsh page that the Welsh is an unofficial translation.
          unofficial: false

        """;

    internal static string Fill(string template, Dictionary<string, string> tokens)
    {
        var text = template.Replace("\r\n", "\n");
        foreach (var (token, value) in tokens) text = text.Replace(token, value, StringComparison.Ordinal);
        return text;
    }

    private static string TargetPath(string templatePath, StarterOptions o) =>
        templatePath.Replace("__system__", o.SystemId, StringComparison.Ordinal).Replace("__period__", o.Period.Id, StringComparison.Ordinal);

    private static Assembly Program => typeof(StarterSite).Assembly;

    /// <summary>Embedded resources under a prefix, by their names with forward slashes (MSBuild names them with the OS's separator).</summary>
    private static IEnumerable<string> ResourceNames(string prefix) =>
        Program.GetManifestResourceNames().Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    internal static string Resource(string name)
    {
        var actual = Program.GetManifestResourceNames().First(n => n.Replace('\\', '/') == name);
        using var stream = Program.GetManifestResourceStream(actual)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
