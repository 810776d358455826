namespace StatiqReport.Admin;

/// <summary>
/// The collections of the forms: one per kind of content file, with a field for every key its loader
/// accepts (README, "Every key of every file", whose wording the hints repeat). Choices among ids
/// come from the site's own catalogues, in their order, with titles as labels.
/// </summary>
public sealed class AdminCollections(AdminFacts facts)
{
    private readonly AdminFields _f = new(facts.Bilingual);

    private const string IdMessage = "Lower-case letters, digits and single hyphens, e.g. west-yorkshire";
    private const string PeriodMessage = "A financial year written 2024-25";

    public List<object?> All() =>
    [
        CaseStudies(), Systems(), Reports(), Pages(), Settings(), Catalogues(),
    ];

    public AdminNode CaseStudies() => Entries("case-studies", "Case studies", "Case study", "data/case-studies", "yml", "yml", "title",
        "The file name is the case study's id and its address (/case-studies/<id>/); lower-case words joined by hyphens", IdMessage, AdminFields.IdPattern, nested: true,
        CaseStudyFields());

    public AdminNode[] CaseStudyFields() =>
    [
        _f.Text("title", "Title", "", true, translated: true),
        _f.Relation("system", "System", "The system the case study is about (a file name in data/systems/)", true, "systems", "name"),
        _f.Select("principles", "Principles", "One or more of the six principles", true, Principles(), multiple: true),
        _f.Markdown("summary", "Summary", "One or two sentences (Markdown)", true),
        _f.Markdown("faced", "What the system faced", "Markdown: paragraphs, **bold**, lists and links; raw HTML is not allowed", true),
        _f.Markdown("did", "What the system did", "Markdown", true),
        _f.Markdown("results", "Results and benefits", "Markdown", true),
        _f.Select("domains", "Domains", "Optional: the domains the work is in", false, Domains(), multiple: true),
        _f.Patterned("period", "Period", "Optional: the financial year, written 2024-25", false, AdminFields.PeriodPattern, PeriodMessage),
        _f.Date("published", "Published", "Optional: the date the case study was published", false),
        _f.TextList("organisations", "Organisations", "Optional: the organisations involved", false, translated: true),
        _f.List("figures", "Figures", "Figure", "Optional headline numbers", false,
            _f.Number("value", "Value", "A plain number: 1200, 23.5 (no £, % or commas)", true),
            _f.Select("unit", "Unit", "gbp is shown as £1.2m, percent as 23.5%, count as 1,234", true, Units()),
            _f.Text("label", "Label", "What the number counts, e.g. people supported into work", true, translated: true)),
        _f.List("stages", "Programme stages", "Stage", "Optional programme funnel, first stage first", false,
            _f.Text("label", "Label", "", true, translated: true),
            _f.Number("value", "Value", "A plain number", true)),
        _f.List("quotes", "Quotes", "Quote", "Optional", false,
            _f.LongText("text", "Quote", "", true, translated: true),
            _f.Text("by", "By", "Name, role, organisation", true, translated: true)),
        _f.List("sources", "Sources", "Source", "Optional: where the facts come from", false,
            _f.Text("title", "Title", "", true, translated: true),
            _f.Web("url", "Address", "Optional: https://...", false),
            _f.Text("publisher", "Publisher", "Optional", false),
            _f.Patterned("date", "Date", "Optional: 2024, 2024-08 or 2024-08-16", false, AdminFields.SourceDatePattern, "A year, year-month or date: 2024, 2024-08 or 2024-08-16")),
        _f.Object("image", "Image", "Optional photo", false,
            Image(),
            _f.Text("alt", "Description (alt text)", "What the image shows, for people who cannot see it; required", true, translated: true)),
        _f.Flag("illustrative", "Illustrative", "Only for invented example content: every page that shows it says so"),
    ];

    public AdminNode Systems() => Entries("systems", "Systems", "System", "data/systems", "yml", "yml", "name",
        "The file name is the system's id (/systems/<id>/); lower-case words joined by hyphens", IdMessage, AdminFields.IdPattern, nested: false,
        SystemFields());

    public AdminNode[] SystemFields() =>
    [
        _f.Text("name", "Name", "The full name", true, translated: true),
        _f.Select("type", "Type", "", true, [("ICS", "ICS: an integrated care system in England"), ("LHB", "LHB: a local health board in Wales")]),
        _f.Select("nation", "Nation", "", true, [("England", "England"), ("Wales", "Wales")]),
        _f.Text("region", "Region", "Optional: the NHS region", false, translated: true),
        _f.Number("population", "Population", "Optional: people served, a whole number", false, whole: true),
        _f.Web("website", "Website", "Optional: https://...", false),
        _f.TextList("anchors", "Anchor institutions", "Optional: the partnership's anchor institutions", false, translated: true),
        _f.Text("welsh-name", "Welsh name", "Optional: the body's Welsh name", false),
        _f.Text("summary", "Summary", "Optional: one sentence", false, translated: true),
        _f.Object("maturity", "Maturity", "Optional: per financial year, the level of each area of focus", false,
            facts.Periods.Select(p => _f.Object(p, p.Replace('-', '/'), "", false,
                facts.Maturity.Select(a => _f.Select(a.Id, a.Title, "", false, Levels())).ToArray())).ToArray()),
    ];

    public AdminNode Reports()
    {
        var c = Entries("reports", "Annual reports", "Annual report", "input/reports", "md", "yaml-frontmatter", "title",
            "The file name is the financial year, written 2024-25; choose the system's folder (input/reports/<system id>/)", PeriodMessage,
            AdminFields.PeriodPattern, nested: true, ReportFields());
        c["nested"] = new AdminNode { ["depth"] = 2, ["subfolders"] = false };
        return c;
    }

    public AdminNode[] ReportFields() =>
    [
        _f.Text("title", "Title", "", true, translated: true),
        _f.Text("summary", "Summary", "Optional: one sentence", false, translated: true),
        _f.List("themes", "Chapters", "Chapter", "Optional: one chapter per theme", false,
            _f.Text("title", "Title", "", true, translated: true),
            _f.Text("summary", "Summary", "Optional", false, translated: true),
            _f.Select("domains", "Domains", "Optional", false, Domains(), multiple: true),
            _f.Select("metrics", "Metrics", "Optional: the figures the chapter shows", false, Metrics(), multiple: true),
            _f.Select("case-studies", "Case studies", "Optional: a case study made a moment ago is offered once /admin/ is reloaded", false, CaseStudyChoices(), multiple: true)),
        _f.Select("highlights", "The year at a glance", "Optional: metrics for the headline figures", false, Metrics(), multiple: true),
        _f.List("commitments", "Commitments", "Commitment", "Optional: commitments for next year", false,
            _f.LongText("text", "Commitment", "", true, translated: true),
            _f.Select("metric", "Metric", "Optional: the metric it is measured by (needed with a target)", false, Metrics()),
            _f.Number("target", "Target", "Optional: a plain number", false),
            _f.Patterned("by", "By", "Optional: the financial year, written 2025-26", false, AdminFields.PeriodPattern, PeriodMessage)),
        _f.Object("cover", "Cover image", "Optional photo for the report's cover", false,
            Image(),
            _f.Text("alt", "Description (alt text)", "What the image shows, for people who cannot see it; required", true, translated: true)),
        _f.Flag("illustrative", "Illustrative", "Only for sample text: the page says so"),
        Body("Foreword", "The foreword, in Markdown; the page already titles it Foreword"),
    ];

    public AdminNode Pages()
    {
        var c = Entries("pages", "Pages", "Page", "input", "md", "yaml-frontmatter", "title",
            "The file name is the page's address (/<page>/), e.g. accessibility", IdMessage, AdminFields.IdPattern, nested: false, PageFields());
        // input/index.md is the home page's introduction, not a page of its own.
        c["index_file"] = new AdminNode { ["name"] = "index", ["label"] = "Home page introduction" };
        return c;
    }

    public AdminNode[] PageFields() =>
    [
        _f.Text("title", "Title", "", true, translated: true),
        _f.Text("summary", "Summary", "Optional: one sentence", false, translated: true),
        Body("Text", "The page, in Markdown"),
    ];

    public AdminNode Settings() => Files("settings", "Site settings",
        File("site", "Site settings", "data/site.yml", SettingsFields()));

    public AdminNode[] SettingsFields() =>
    [
        _f.Text("title", "Title", "The site's name, in the header and browser tabs", false, translated: true),
        _f.Text("description", "Description", "One sentence for search engines and link previews", false, translated: true),
        _f.Text("publisher", "Publisher", "Who publishes the site (footer, citations)", false, translated: true),
        _f.Text("email", "Email", "A contact address shown in the footer", false),
        _f.Select("language", "Language", "The main language of the pages", false, [("en-GB", "English"), ("cy", "Cymraeg (Welsh)")]),
        _f.Web("url", "Address", "The public address, https://...", false),
        _f.Patterned("repository", "GitHub repository", "Where the site is kept, owner/name: the forms save there when used online", false,
            "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", "owner/name, e.g. west-yorkshire-hcp/anchors"),
        _f.Object("welsh", "Welsh", "Publishing in Welsh", false,
            _f.Flag("publish", "Publish in Welsh", "On when any Welsh file exists"),
            _f.Relation("required", "Systems whose Welsh is required", "Empty: every Welsh board with a Welsh file (started); for wales, all or none edit data/site.yml", false, "systems", "name", multiple: true),
            _f.Select("shared", "Shared pages in Welsh", "The catalogues, free pages, home and site title", false, [("optional", "optional"), ("required", "required")]),
            _f.Flag("unofficial", "Unofficial translation", "The Welsh pages say the Welsh is an unofficial translation")),
    ];

    public AdminNode Catalogues() => Files("catalogues", "Catalogues",
        File("principles", "Principles", "data/principles.yml", Root("principles", "Principle",
            _f.CatalogueId("Fixed: anchor-system, local-assets, inclusive-growth, devolve-accountability, share-resources, long-term"),
            _f.Number("number", "Number", "1 to 6", true, whole: true),
            _f.Text("title", "Title", "", true, translated: true),
            _f.LongText("summary", "Summary", "", true, translated: true),
            _f.Markdown("description", "Description", "Optional (Markdown)", false))),
        File("domains", "Domains", "data/domains.yml", Root("domains", "Domain",
            _f.CatalogueId("Fixed: net-zero, research-development, employment-skills, civic-leadership, procurement, population-health, estates"),
            _f.Text("title", "Title", "", true, translated: true),
            _f.LongText("summary", "Summary", "", true, translated: true),
            _f.TextList("questions", "Questions", "", false, translated: true))),
        File("metrics", "Metrics", "data/metrics.yml", Root("metrics", "Metric",
            _f.CatalogueId("Any id; the metric's address is /metrics/<id>/"),
            _f.Select("domain", "Domain", "", true, Domains()),
            _f.Text("title", "Title", "", true, translated: true),
            _f.Text("unit", "Unit", "gbp (shown as £1.2m), percent (23.5%), count (1,234), or any words such as tonnes CO2e", true),
            _f.Select("better", "Better", "Which way is an improvement", true, [("up", "up: higher is better"), ("down", "down: lower is better")]),
            _f.LongText("definition", "Definition", "Plain words", true, translated: true),
            _f.Text("source", "Source", "Optional: where the measure is defined", false, translated: true))),
        File("maturity", "Maturity areas", "data/maturity.yml", Root("maturity", "Area of focus",
            _f.CatalogueId("Fixed: economic-development, quality-employment, climate-change"),
            _f.Text("title", "Title", "", true, translated: true),
            _f.LongText("emerging", "Emerging", "What the level means", true, translated: true),
            _f.LongText("established", "Established", "", true, translated: true),
            _f.LongText("expanding", "Expanding", "", true, translated: true))));

    private IEnumerable<(string, string)> Principles() => facts.Principles.Select(p => (p.Id, $"{p.Number}. {p.Title}"));
    private IEnumerable<(string, string)> Domains() => facts.Domains.Select(d => (d.Id, d.Title));
    private IEnumerable<(string, string)> Metrics() => facts.Metrics.Select(m => (m.Id, m.Title));
    private IEnumerable<(string, string)> CaseStudyChoices() => facts.CaseStudies;

    private static IEnumerable<(string, string)> Levels() => [("emerging", "emerging"), ("established", "established"), ("expanding", "expanding")];

    /// <summary>The three formatted units, then every other unit the metrics catalogue uses, in its order.</summary>
    private IEnumerable<(string, string)> Units() =>
        new[] { ("gbp", "gbp: money, £1.2m"), ("percent", "percent: 23.5%"), ("count", "count: 1,234") }
            .Concat(facts.Metrics.Select(m => m.Unit).Where(u => u is not ("gbp" or "percent" or "count")).Distinct(StringComparer.Ordinal).Select(u => (u, u)));

    /// <summary>
    /// A case study's image or a report's cover: a file in input/images/, written as its path from the site root.
    /// Sveltia writes /input/images/x.png (a leading slash), which the loader reads as the same file.
    /// </summary>
    private AdminNode Image()
    {
        var f = _f.Text("src", "Image file", "A file in input/images/", true);
        f["widget"] = "image";
        // The image must be a file of the site: no "Enter URL" (the loader would reject a web address).
        f["choose_url"] = false;
        return f;
    }

    private AdminNode Body(string label, string hint) => _f.Markdown("body", label, hint, true);

    /// <summary>A catalogue file: a YAML list at the top level of the file.</summary>
    private AdminNode Root(string name, string singular, params AdminNode[] fields)
    {
        var list = _f.List(name, singular + "s", singular, "", true, fields);
        list["root"] = true;
        return list;
    }

    private AdminNode Entries(string name, string label, string singular, string folder, string extension, string format, string identifier,
        string slugHint, string slugMessage, string slugPattern, bool nested, AdminNode[] fields)
    {
        var c = new AdminNode
        {
            ["name"] = name, ["label"] = label, ["label_singular"] = singular, ["folder"] = folder,
            ["extension"] = extension, ["format"] = format, ["identifier_field"] = identifier,
            // The file name is the id: typed when the entry is made, never changed after (links would break).
            ["slug"] = new AdminNode
            {
                ["editable"] = new List<object?> { "create" }, ["hint"] = slugHint,
                ["pattern"] = new List<object?> { slugPattern, slugMessage },
            },
            ["create"] = true,
        };
        // Sub-folders are for the authors' own order; the id stays the file name.
        if (nested)
        {
            c["nested"] = new AdminNode { ["subfolders"] = false };
            c["meta"] = new AdminNode { ["path"] = new AdminNode() };
        }
        if (facts.Bilingual) c["i18n"] = true;
        c["editor"] = NoPreview();
        c["fields"] = fields.Cast<object?>().ToList();
        return c;
    }

    private AdminNode Files(string name, string label, params AdminNode[] files)
    {
        var c = new AdminNode { ["name"] = name, ["label"] = label };
        // Without it Sveltia ignores the files' own i18n (a console warning) and edits no Welsh twin.
        if (facts.Bilingual) c["i18n"] = true;
        c["editor"] = NoPreview();
        c["files"] = files.Cast<object?>().ToList();
        return c;
    }

    /// <summary>
    /// No preview pane: Sveltia's shows the fields as plain text, not the site's pages (the preview at / does),
    /// and it takes a third of the width at 1280 px; on a bilingual site the second pane is the Welsh side.
    /// </summary>
    private static AdminNode NoPreview() => new() { ["preview"] = false };

    /// <summary>One file; on a bilingual site its Welsh twin is x.cy.yml beside it.</summary>
    private AdminNode File(string name, string label, string path, params AdminNode[] fields)
    {
        var f = new AdminNode { ["name"] = name, ["label"] = label };
        if (facts.Bilingual)
        {
            f["file"] = path[..^".yml".Length] + ".{{locale}}.yml";
            f["i18n"] = new AdminNode { ["omit_default_locale_from_file_path"] = true };
        }
        else f["file"] = path;
        f["format"] = "yml";
        f["fields"] = fields.Cast<object?>().ToList();
        return f;
    }
}
