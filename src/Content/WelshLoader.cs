using StatiqReport.Diagnostics;
using StatiqReport.Markdown;
using StatiqReport.Model;
using YamlDotNet.RepresentationModel;

namespace StatiqReport.Content;

/// <summary>
/// Welsh translations: a file <c>x.cy.yml</c> (or <c>x.cy.md</c>) beside each English file <c>x.yml</c>
/// (<c>x.md</c>) holds only the text of the item in Welsh; ids, figures and references are shared.
/// This reads them, checks them against the English, reports the missing ones (errors for systems that
/// must publish in Welsh, one grouped warning otherwise) and builds the Welsh site model, in which an
/// untranslated item keeps its English text, marked <see cref="SystemProfile.FallbackLanguage"/> "en".
/// </summary>
public static class WelshLoader
{
    internal static readonly string[] SystemKeys = ["name", "summary", "region", "anchors", "unofficial"];
    internal static readonly string[] CaseKeys = ["title", "summary", "faced", "did", "results", "organisations", "figures", "quotes", "stages", "sources", "image", "unofficial"];
    internal static readonly string[] LabelKeys = ["label"];
    internal static readonly string[] QuoteKeys = ["text", "by"];
    internal static readonly string[] TitleKeys = ["title"];
    internal static readonly string[] AltKeys = ["alt"];
    internal static readonly string[] PageKeys = ["title", "summary", "unofficial"];
    internal static readonly string[] ReportKeys = ["title", "summary", "themes", "commitments", "cover", "unofficial"];
    internal static readonly string[] ThemeKeys = ["title", "summary"];
    internal static readonly string[] CommitmentKeys = ["text"];
    internal static readonly string[] SiteKeys = ["title", "description", "publisher"];
    internal static readonly string[] PrincipleKeys = ["id", "title", "summary", "description"];
    internal static readonly string[] DomainKeys = ["id", "title", "summary", "questions"];
    internal static readonly string[] MetricKeys = ["id", "title", "definition", "unit", "source"];
    internal static readonly string[] MaturityKeys = ["id", "title", "emerging", "established", "expanding"];

    /// <summary>Translated lists are checked against the English once it is loaded: (file, key, count, where).</summary>
    internal sealed record ListCheck(string Key, int Count, SourceLocation At);

    internal sealed record SystemTr(string? Name, string? Summary, string? Region, IReadOnlyList<string>? Anchors, bool Unofficial, SourceLocation At);
    internal sealed record CaseTr(string? Title, string? Summary, string? Faced, string? Did, string? Results, IReadOnlyList<string>? Organisations,
        IReadOnlyList<string>? Figures, IReadOnlyList<Quote>? Quotes, IReadOnlyList<string>? Stages, IReadOnlyList<string>? Sources, string? ImageAlt,
        bool Unofficial, SourceLocation At, IReadOnlyList<ListCheck> Lists);
    internal sealed record PageTr(string? Title, string? Summary, string Body, bool Unofficial, SourceLocation At);
    internal sealed record ReportTr(string? Title, string? Summary, IReadOnlyList<(string? Title, string? Summary)>? Themes, IReadOnlyList<string?>? Commitments,
        string Foreword, bool Unofficial, SourceLocation At, IReadOnlyList<ListCheck> Lists)
    {
        /// <summary>The cover photograph's Welsh alt text.</summary>
        public string? CoverAlt { get; init; }
    }
    internal sealed record ItemTr(Dictionary<string, string> Text, IReadOnlyList<string>? Questions, SourceLocation At, IReadOnlyList<ListCheck> Lists);

    /// <summary>Everything read from the Welsh files, before it is matched with the English.</summary>
    public sealed class Translations
    {
        internal Dictionary<string, SystemTr> Systems { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, CaseTr> CaseStudies { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, PageTr> Pages { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, ReportTr> Reports { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, Dictionary<string, ItemTr>?> Catalogues { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, string>? Site { get; set; }

        /// <summary>True when the site has at least one Welsh file.</summary>
        public bool Any { get; internal set; }
    }

    public static Translations Read(ContentRoot root, DiagnosticBag diags, ReferenceList refs)
    {
        var t = new Translations();
        foreach (var rel in root.Files("data/systems", "*.yml", false, translations: true))
        {
            t.Any = true;
            if (Yaml(root, rel, diags) is not ({ } node, { } file)) continue;
            if (MapReader.Of(node, file, "a system's Welsh translation", SystemKeys) is not { } r) continue;
            var anchors = r.Has("anchors") ? r.TextList("anchors") : null;
            t.Systems[IdOf(rel)] = new SystemTr(r.Text("name")?.Trim(), r.Text("summary")?.Trim(), r.Text("region")?.Trim(), anchors, r.Bool("unofficial") ?? false, file.Start);
        }
        foreach (var rel in root.Files("data/case-studies", "*.yml", true, translations: true))
        {
            t.Any = true;
            if (Yaml(root, rel, diags) is not ({ } node, { } file)) continue;
            if (MapReader.Of(node, file, "a case study's Welsh translation", CaseKeys) is not { } r) continue;
            var lists = new List<ListCheck>();
            IReadOnlyList<T>? List<T>(string key, string what, string[] keys, Func<MapReader, T> read)
            {
                if (!r.Has(key)) return null;
                var items = r.Objects(key, what, keys);
                // An item or list written in the wrong shape has its own error: the count is of the items written, not of those read.
                if (r.Node(key) is YamlSequenceNode written) lists.Add(new ListCheck(key, written.Children.Count, r.At(key)));
                return items.Select(read).ToList();
            }
            var md = new Dictionary<string, string?>();
            foreach (var key in new[] { "summary", "faced", "did", "results" })
            {
                md[key] = r.RequiredText(key);
                if (md[key] is { } text) CaseStudyLoader.CheckMarkdown(r, key, text, rel, diags, refs);
            }
            var image = r.Has("image") ? r.Object("image", "the image's Welsh text", AltKeys)?.Text("alt") : null;
            var organisations = r.Has("organisations") ? r.TextList("organisations") : null;
            if (organisations is not null && r.Node("organisations") is YamlSequenceNode) lists.Add(new ListCheck("organisations", organisations.Count, r.At("organisations")));
            t.CaseStudies[IdOf(rel)] = new CaseTr(r.RequiredText("title")?.Trim(), md["summary"]?.Trim(), md["faced"], md["did"], md["results"],
                organisations,
                List("figures", "a figure's Welsh label", LabelKeys, f => f.RequiredText("label") ?? ""),
                List("quotes", "a quote in Welsh", QuoteKeys, q => new Quote(q.RequiredText("text") ?? "", q.RequiredText("by") ?? "")),
                List("stages", "a stage's Welsh label", LabelKeys, s => s.RequiredText("label") ?? ""),
                List("sources", "a source's Welsh title", TitleKeys, s => s.RequiredText("title") ?? ""),
                image, r.Bool("unofficial") ?? false, file.Start, lists);
        }
        foreach (var rel in root.Files("input", "*.md", false, translations: true))
        {
            t.Any = true;
            if (FrontMatterOf(root, rel, diags) is not ({ } r, { } body, { } bodyLine)) continue;
            if (MapReader.Of(r.Node, r.File, "the Welsh page's front matter", PageKeys, r.File.Start) is not { } m) continue;
            MarkdownCheck.Links(body, rel, bodyLine, diags, refs.Links);
            t.Pages[IdOf(rel)] = new PageTr(m.RequiredText("title")?.Trim(), m.Text("summary")?.Trim(), body, m.Bool("unofficial") ?? false, SourceLocation.File(rel));
        }
        foreach (var rel in root.Files("input/reports", "*.md", true, translations: true))
        {
            t.Any = true;
            if (FrontMatterOf(root, rel, diags) is not ({ } r, { } body, { } bodyLine)) continue;
            if (EnglishReportSavedAsWelsh(root, rel, r.Node, diags)) continue;
            if (MapReader.Of(r.Node, r.File, "the Welsh report's front matter", ReportKeys, r.File.Start) is not { } m) continue;
            var lists = new List<ListCheck>();
            List<(string?, string?)>? themes = null;
            if (m.Has("themes"))
            {
                var items = m.Objects("themes", "a theme's Welsh text", ThemeKeys);
                if (m.Node("themes") is YamlSequenceNode writtenThemes) lists.Add(new ListCheck("themes", writtenThemes.Children.Count, m.At("themes")));
                themes = items.Select(x => (x.RequiredText("title")?.Trim(), x.Text("summary")?.Trim())).ToList();
            }
            List<string?>? commitments = null;
            if (m.Has("commitments"))
            {
                var items = m.Objects("commitments", "a commitment's Welsh text", CommitmentKeys);
                if (m.Node("commitments") is YamlSequenceNode writtenCommitments) lists.Add(new ListCheck("commitments", writtenCommitments.Children.Count, m.At("commitments")));
                commitments = items.Select(x => x.RequiredText("text")?.Trim()).ToList();
            }
            MarkdownCheck.Links(body, rel, bodyLine, diags, refs.Links);
            var cover = m.Has("cover") ? m.Object("cover", "the cover's Welsh text", AltKeys)?.Text("alt") : null;
            t.Reports[rel[..^".cy.md".Length] + ".md"] = new ReportTr(m.RequiredText("title")?.Trim(), m.Text("summary")?.Trim(), themes, commitments, body,
                m.Bool("unofficial") ?? false, SourceLocation.File(rel), lists) { CoverAlt = cover?.Trim() };
        }
        foreach (var (name, keys) in new[] { ("principles", PrincipleKeys), ("domains", DomainKeys), ("metrics", MetricKeys), ("maturity", MaturityKeys) })
        {
            var rel = $"data/{name}.cy.yml";
            if (!root.Exists(rel)) continue;
            t.Any = true;
            t.Catalogues[name] = null;
            if (Yaml(root, rel, diags) is not ({ } node, { } file)) continue;
            if (node is not YamlSequenceNode seq)
            {
                diags.Error(file.At(node.Start), ErrorCodes.WrongShape, $"expected the Welsh {name} as a YAML list of items with 'id' and their Welsh text, found {MapReader.Describe(node)}");
                continue;
            }
            var items = new Dictionary<string, ItemTr>(StringComparer.Ordinal);
            foreach (var child in seq.Children)
            {
                if (MapReader.Of(child, file, $"a Welsh {name} entry", keys) is not { } r || r.Id("id", required: true) is not { } id) continue;
                var text = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var key in keys.Where(k => k is not "id" and not "questions"))
                    if (r.Text(key) is { } v && v.Trim().Length > 0) text[key] = v.Trim();
                if (text.TryGetValue("description", out var description)) CaseStudyLoader.CheckMarkdown(r, "description", description, rel, diags, refs);
                var questions = r.Has("questions") ? r.TextList("questions") : null;
                var lists = questions is null ? new List<ListCheck>() : [new ListCheck("questions", questions.Count, r.At("questions"))];
                if (!items.TryAdd(id, new ItemTr(text, questions, r.At("id"), lists)))
                    diags.Error(r.At("id"), ErrorCodes.DuplicateId, $"the id '{id}' is translated twice in {rel}; keep one entry");
            }
            t.Catalogues[name] = items;
        }
        if (root.Exists("data/site.cy.yml"))
        {
            t.Any = true;
            if (Yaml(root, "data/site.cy.yml", diags) is ({ } node, { } file) && MapReader.Of(node, file, "the site's Welsh settings", SiteKeys) is { } r)
                t.Site = SiteKeys.Where(r.Has).ToDictionary(k => k, k => r.Text(k)!.Trim(), StringComparer.Ordinal);
        }
        return t;
    }

    /// <summary>The Welsh site model, or null when the site does not publish in Welsh. Reports missing and mismatched translations.</summary>
    public static SiteModel? Build(ContentRoot root, SiteModel en, Translations t, DiagnosticBag diags, bool englishLoaded = true)
    {
        var settings = en.Settings.Welsh;
        if (!(settings.Publish ?? t.Any)) return null;
        // A system has "started" publishing in Welsh when any of its own files has a Welsh translation.
        var started = t.Systems.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var c in en.CaseStudies.Where(c => t.CaseStudies.ContainsKey(c.Id))) started.Add(c.SystemId);
        foreach (var r in en.Reports.Where(r => t.Reports.ContainsKey(r.Location.Path))) started.Add(r.SystemId);
        var requiredSystems = en.Systems.Where(s => settings.IsRequired(s, started.Contains(s.Id))).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var sharedRequired = settings.SharedRequired ?? false;
        var missing = new List<string>(); // optional items without Welsh, for one grouped warning

        void Missing(SourceLocation english, string welshFile, bool required, string what, string why)
        {
            // The Welsh file is there but could not be read: its own error says what to fix, not "add" the same file.
            if (root.Exists(welshFile)) return;
            if (required)
                diags.Error(english, ErrorCodes.MissingTranslation, $"{what} has no Welsh translation; add {welshFile} ({why})");
            else missing.Add(english.Path);
        }
        string WhySystem(string systemId) => $"{en.Systems.FirstOrDefault(s => s.Id == systemId)?.Name ?? systemId} must publish in Welsh: see welsh.required in data/site.yml";
        const string WhyShared = "the site's shared pages must be in Welsh: see welsh.shared in data/site.yml";

        // Orphans: a Welsh file needs its English original beside it.
        bool HasEnglish(SourceLocation welsh) => root.Exists(EnglishPath(welsh.Path)) || root.Exists(EnglishPath(welsh.Path)[..^".yml".Length] + ".yaml");
        foreach (var (id, tr) in t.Systems.Where(x => !HasEnglish(x.Value.At)))
            diags.Error(tr.At, ErrorCodes.OrphanTranslation, $"there is no system '{id}' to translate; name the file after an English one in data/systems/, or remove it");
        // A Welsh case study left behind when its English file was moved or renamed: where it must go, not "remove it".
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, tr) in t.CaseStudies.Where(x => !HasEnglish(x.Value.At)))
        {
            var folder = tr.At.Path[..(tr.At.Path.LastIndexOf('/') + 1)];
            var untranslated = en.CaseStudies.Where(c => !t.CaseStudies.ContainsKey(c.Id) && c.Location.Path.StartsWith(folder, StringComparison.Ordinal)
                && !c.Location.Path[folder.Length..].Contains('/', StringComparison.Ordinal)).ToList();
            var renamed = untranslated.Count == 1 ? untranslated[0]
                : Suggest.Closest(id, untranslated.Select(c => c.Id)) is { } near ? untranslated.First(c => c.Id == near) : null;
            if (en.CaseStudies.FirstOrDefault(c => c.Id == id) is { } moved)
                diags.Error(tr.At, ErrorCodes.OrphanTranslation, $"the English case study {id} is now at {moved.Location.Path}, and its Welsh translation must be beside it: move this file to {WelshPath(moved.Location.Path)}");
            else if (renamed is not null && claimed.Add(renamed.Id))
                diags.Error(tr.At, ErrorCodes.OrphanTranslation, $"there is no case study {EnglishPath(tr.At.Path)} to translate; if this is the Welsh translation of {renamed.Location.Path} (renamed?), "
                    + $"rename this file to {WelshPath(renamed.Location.Path)}; if not, name it after the English case study it translates (x.cy.yml beside x.yml)");
            else
                diags.Error(tr.At, ErrorCodes.OrphanTranslation, $"there is no case study {EnglishPath(tr.At.Path)} to translate; name the file after an English one (x.cy.yml beside x.yml), or remove it");
        }
        foreach (var (slug, tr) in t.Pages.Where(x => !root.Exists(EnglishPath(x.Value.At.Path))))
            diags.Error(tr.At, ErrorCodes.OrphanTranslation, $"there is no page input/{slug}.md to translate; name the file after an English page, or remove it");
        foreach (var (rel, tr) in t.Reports.Where(x => !root.Exists(x.Key)))
            diags.Error(tr.At, ErrorCodes.OrphanTranslation, $"there is no report {rel} to translate; name the file after an English report (2023-24.cy.md beside 2023-24.md), or remove it");
        if (!englishLoaded)
        {
            // Missing translations cannot be judged against English that did not load; but a Welsh list beside an English
            // file that loaded without a mistake can be counted, so that mistake is reported in this run too.
            var failed = diags.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var c in en.CaseStudies)
                if (t.CaseStudies.TryGetValue(c.Id, out var ctr) && !failed.Contains(c.Location.Path) && !failed.Contains(ctr.At.Path))
                    CheckLists(ctr.Lists, new()
                    {
                        ["figures"] = c.Figures.Count, ["quotes"] = c.Quotes.Count, ["stages"] = c.Stages.Count, ["sources"] = c.Sources.Count,
                        ["organisations"] = c.Organisations.Count,
                    }, diags);
            foreach (var r in en.Reports)
                if (t.Reports.TryGetValue(r.Location.Path, out var rtr) && !failed.Contains(r.Location.Path) && !failed.Contains(rtr.At.Path))
                    CheckLists(rtr.Lists, new() { ["themes"] = r.Themes.Count, ["commitments"] = r.Commitments.Count }, diags);
            return null;
        }

        var systems = en.Systems.Select(s =>
        {
            var required = requiredSystems.Contains(s.Id);
            if (!t.Systems.TryGetValue(s.Id, out var tr))
            {
                Missing(s.Location, WelshPath(s.Location.Path), required, $"the system '{s.Id}'", WhySystem(s.Id));
                return s with { Name = s.WelshName ?? s.Name, FallbackLanguage = s.Summary is null && s.Anchors.Count == 0 ? null : "en" };
            }
            if (required && s.Summary is not null && tr.Summary is null)
                diags.Error(tr.At, ErrorCodes.MissingTranslation, $"the Welsh translation of '{s.Id}' has no 'summary'; add it ({WhySystem(s.Id)})");
            return s with
            {
                Name = tr.Name ?? s.WelshName ?? s.Name, Summary = tr.Summary ?? s.Summary, Region = tr.Region ?? s.Region, Anchors = tr.Anchors ?? s.Anchors,
                Unofficial = tr.Unofficial || settings.Unofficial,
            };
        }).ToList();

        var cases = en.CaseStudies.Select(c =>
        {
            var required = requiredSystems.Contains(c.SystemId);
            if (!t.CaseStudies.TryGetValue(c.Id, out var tr))
            {
                if (claimed.Contains(c.Id)) return c with { FallbackLanguage = "en" }; // the orphan's error says to rename it to this one's twin
                Missing(c.Location with { Line = 1, Column = 1 }, WelshPath(c.Location.Path), required, $"the case study '{c.Id}'", WhySystem(c.SystemId));
                return c with { FallbackLanguage = "en" };
            }
            CheckLists(tr.Lists, new()
            {
                ["figures"] = c.Figures.Count, ["quotes"] = c.Quotes.Count, ["stages"] = c.Stages.Count, ["sources"] = c.Sources.Count,
                ["organisations"] = c.Organisations.Count,
            }, diags);
            if (required)
                foreach (var (key, english, welsh) in new (string, int, object?)[] { ("figures", c.Figures.Count, tr.Figures), ("quotes", c.Quotes.Count, tr.Quotes), ("stages", c.Stages.Count, tr.Stages), ("sources", c.Sources.Count, tr.Sources) })
                    if (english > 0 && welsh is null)
                        diags.Error(tr.At, ErrorCodes.MissingTranslation, $"the Welsh translation of '{c.Id}' has no '{key}'; add the {english} item{(english == 1 ? "" : "s")} in Welsh ({WhySystem(c.SystemId)})");
            var summary = tr.Summary ?? c.Summary;
            return c with
            {
                Title = tr.Title ?? c.Title, Summary = summary, Faced = tr.Faced ?? c.Faced, Did = tr.Did ?? c.Did, Results = tr.Results ?? c.Results,
                Organisations = tr.Organisations ?? c.Organisations,
                Figures = Zip(c.Figures, tr.Figures, (f, label) => f with { Label = label }),
                Quotes = Zip(c.Quotes, tr.Quotes, (_, q) => q),
                Stages = Zip(c.Stages, tr.Stages, (s, label) => s with { Label = label }),
                Sources = Zip(c.Sources, tr.Sources, (s, title) => s with { Title = title }),
                Image = c.Image is { } img && tr.ImageAlt is { } alt ? img with { Alt = alt } : c.Image,
                SummaryText = tr.Summary is null ? c.SummaryText : MarkdownRenderer.ToPlainText(summary).ReplaceLineEndings(" "),
                Unofficial = tr.Unofficial || settings.Unofficial,
            };
        }).ToList();

        FreePage Page(FreePage p, string slug)
        {
            if (!t.Pages.TryGetValue(slug, out var tr))
            {
                Missing(p.Location, WelshPath(p.Location.Path), sharedRequired, $"the page '{p.Location.Path}'", WhyShared);
                return p with { FallbackLanguage = "en" };
            }
            return p with { Title = tr.Title ?? p.Title, Summary = tr.Summary ?? p.Summary, Markdown = tr.Body, Unofficial = tr.Unofficial || settings.Unofficial };
        }
        var pages = en.Pages.Select(p => Page(p, p.Slug)).ToList();
        var home = en.Home is null ? null : Page(en.Home, "index");

        var reports = en.Reports.Select(r =>
        {
            var required = requiredSystems.Contains(r.SystemId);
            if (!t.Reports.TryGetValue(r.Location.Path, out var tr))
            {
                Missing(r.Location, WelshPath(r.Location.Path), required, $"the report '{r.Location.Path}'", WhySystem(r.SystemId));
                return r with { FallbackLanguage = "en" };
            }
            CheckLists(tr.Lists, new() { ["themes"] = r.Themes.Count, ["commitments"] = r.Commitments.Count }, diags);
            if (required && ((r.Themes.Count > 0 && tr.Themes is null) || (r.Commitments.Count > 0 && tr.Commitments is null)))
                diags.Error(tr.At, ErrorCodes.MissingTranslation, $"the Welsh report needs its 'themes' and 'commitments' in Welsh, one for each English one ({WhySystem(r.SystemId)})");
            return r with
            {
                Title = tr.Title ?? r.Title, Summary = tr.Summary ?? r.Summary, Foreword = tr.Foreword,
                Themes = Zip(r.Themes, tr.Themes, (th, w) => th with { Title = w.Title ?? th.Title, Summary = w.Summary ?? th.Summary }),
                Commitments = Zip(r.Commitments, tr.Commitments, (c, text) => c with { Text = text ?? c.Text }),
                Cover = r.Cover is { } img && tr.CoverAlt is { Length: > 0 } alt ? img with { Alt = alt } : r.Cover,
                Unofficial = tr.Unofficial || settings.Unofficial,
            };
        }).ToList();

        // Catalogues: one Welsh file each, translated item by item.
        Dictionary<string, ItemTr>? Catalogue(string name, int count)
        {
            if (count == 0) return null;
            var rel = $"data/{name}.yml";
            if (!t.Catalogues.TryGetValue(name, out var items))
            {
                Missing(SourceLocation.File(rel), $"data/{name}.cy.yml", sharedRequired, $"'{rel}'", WhyShared);
                return null;
            }
            return items;
        }
        var catalogueIds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["principles"] = en.Principles.Select(p => p.Id).ToHashSet(StringComparer.Ordinal),
            ["domains"] = en.Domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal),
            ["metrics"] = en.Metrics.Select(m => m.Id).ToHashSet(StringComparer.Ordinal),
            ["maturity"] = en.Maturity.Select(m => m.Id).ToHashSet(StringComparer.Ordinal),
        };
        // A Welsh entry whose id the English catalogue lacks is most likely the entry of an English id that has no
        // Welsh entry (a typo, or an id renamed in English): that id, when one can be told.
        string? MeantFor(string name, string orphan, Dictionary<string, ItemTr> items)
        {
            var untranslated = catalogueIds[name].Where(i => !items.ContainsKey(i)).ToList();
            return Suggest.Closest(orphan, untranslated) ?? Suggest.MostWordsShared(orphan, untranslated);
        }
        bool OrphanPointsAt(string name, string id, Dictionary<string, ItemTr> items) =>
            items.Keys.Any(o => !catalogueIds[name].Contains(o) && MeantFor(name, o, items) == id);
        T Item<T>(Dictionary<string, ItemTr>? items, string name, string id, T english, Func<ItemTr, T> apply) where T : class
        {
            if (items is null) return english;
            if (items.TryGetValue(id, out var tr)) return apply(tr);
            if (t.Catalogues.ContainsKey(name) && !OrphanPointsAt(name, id, items))
            {
                if (sharedRequired) diags.Error(SourceLocation.File($"data/{name}.cy.yml"), ErrorCodes.MissingTranslation, $"'{id}' has no Welsh entry; add '- id: {id}' with its Welsh text ({WhyShared})");
                else missing.Add($"data/{name}.yml ({id})");
            }
            return english;
        }
        var principlesTr = Catalogue("principles", en.Principles.Count);
        var principles = en.Principles.Select(p => Item(principlesTr, "principles", p.Id, p with { FallbackLanguage = principlesTr is null ? "en" : null },
            tr => p with { Title = tr.Text.GetValueOrDefault("title", p.Title), Summary = tr.Text.GetValueOrDefault("summary", p.Summary), Description = tr.Text.GetValueOrDefault("description") ?? p.Description, Unofficial = settings.Unofficial })).ToList();
        var domainsTr = Catalogue("domains", en.Domains.Count);
        var domains = en.Domains.Select(d => Item(domainsTr, "domains", d.Id, d with { FallbackLanguage = domainsTr is null ? "en" : null }, tr =>
        {
            CheckLists(tr.Lists, new() { ["questions"] = d.Questions.Count }, diags);
            return d with { Title = tr.Text.GetValueOrDefault("title", d.Title), Summary = tr.Text.GetValueOrDefault("summary", d.Summary), Questions = tr.Questions ?? d.Questions, Unofficial = settings.Unofficial };
        })).ToList();
        var metricsTr = Catalogue("metrics", en.Metrics.Count);
        var metrics = en.Metrics.Select(m => Item(metricsTr, "metrics", m.Id, m with { FallbackLanguage = metricsTr is null ? "en" : null }, tr =>
        {
            if (tr.Text.ContainsKey("unit") && m.Unit is "gbp" or "percent" or "count")
                diags.Error(tr.At, ErrorCodes.TranslationShape, $"'{m.Id}' has the unit {m.Unit}, which every language formats itself; remove 'unit' from its Welsh entry");
            return m with
            {
                Title = tr.Text.GetValueOrDefault("title", m.Title), Definition = tr.Text.GetValueOrDefault("definition", m.Definition), Source = tr.Text.GetValueOrDefault("source") ?? m.Source,
                Unit = m.Unit is "gbp" or "percent" or "count" ? m.Unit : tr.Text.GetValueOrDefault("unit", m.Unit), Unofficial = settings.Unofficial,
            };
        })).ToList();
        var maturityTr = Catalogue("maturity", en.Maturity.Count);
        var maturity = en.Maturity.Select(a => Item(maturityTr, "maturity", a.Id, a with { FallbackLanguage = maturityTr is null ? "en" : null }, tr => a with
        {
            Title = tr.Text.GetValueOrDefault("title", a.Title), Emerging = tr.Text.GetValueOrDefault("emerging", a.Emerging),
            Established = tr.Text.GetValueOrDefault("established", a.Established), Expanding = tr.Text.GetValueOrDefault("expanding", a.Expanding), Unofficial = settings.Unofficial,
        })).ToList();
        foreach (var (name, items) in t.Catalogues.Where(c => c.Value is not null))
        {
            var ids = name switch { "principles" => en.Principles.Select(p => p.Id), "domains" => en.Domains.Select(d => d.Id), "metrics" => en.Metrics.Select(m => m.Id), _ => en.Maturity.Select(m => m.Id) };
            var known = ids.ToHashSet(StringComparer.Ordinal);
            foreach (var (id, tr) in items!.Where(i => !known.Contains(i.Key)))
                diags.Error(tr.At, ErrorCodes.OrphanTranslation, MeantFor(name, id, items!) is { } meant
                    ? $"there is no {name} entry '{id}' in data/{name}.yml to translate; did you mean '{meant}', which has no Welsh entry yet? Write id: {meant}"
                    : $"there is no {name} entry '{id}' in data/{name}.yml to translate{Suggest.Hint(id, known)}");
        }

        if (t.Site is null && sharedRequired)
            diags.Error(SourceLocation.File("data/site.yml"), ErrorCodes.MissingTranslation, $"the site's title has no Welsh translation; add data/site.cy.yml with title, description and publisher ({WhyShared})");
        var s0 = en.Settings;
        var site = t.Site is { } st
            ? s0 with { Title = st.GetValueOrDefault("title", s0.Title), Description = st.GetValueOrDefault("description") ?? s0.Description, Publisher = st.GetValueOrDefault("publisher", s0.Publisher) }
            : s0;

        if (missing.Count > 0)
        {
            var first = missing.Order(StringComparer.Ordinal).First();
            var at = SourceLocation.File(first.Split(' ')[0]);
            diags.Warning(at, ErrorCodes.MissingTranslation,
                $"{missing.Count} item{(missing.Count == 1 ? " has" : "s have")} no Welsh translation ({string.Join(", ", missing.Order(StringComparer.Ordinal).Take(3))}{(missing.Count > 3 ? ", ..." : "")}); " +
                "their Welsh pages show the English text, marked as English. Add the .cy files, or list the systems under welsh.required in data/site.yml to make this an error");
        }

        return new SiteModel(site, principles, domains, metrics, maturity, systems, cases, en.Values, pages, reports, home) { Interface = en.Interface };
    }

    /// <summary>The Welsh file beside an English one: data/x/y.yml → data/x/y.cy.yml, input/a.md → input/a.cy.md.</summary>
    public static string WelshPath(string english)
    {
        var ext = Path.GetExtension(english);
        return english[..^ext.Length] + ".cy" + ext;
    }

    /// <summary>The English file beside a Welsh one: data/x/y.cy.yml → data/x/y.yml.</summary>
    public static string EnglishPath(string welsh)
    {
        var i = welsh.LastIndexOf(".cy.", StringComparison.OrdinalIgnoreCase);
        return welsh[..i] + welsh[(i + 3)..];
    }

    private static string IdOf(string rel)
    {
        var name = Path.GetFileName(rel);
        return name[..name.IndexOf(".cy.", StringComparison.OrdinalIgnoreCase)];
    }

    // "2026-27.cy.md" with highlights or a theme's metrics and no 2026-27.md: the English report, saved with .cy in its name.
    private static bool EnglishReportSavedAsWelsh(ContentRoot root, string rel, YamlNode? node, DiagnosticBag diags)
    {
        var english = EnglishPath(rel);
        if (root.Exists(english) || node is not YamlMappingNode map) return false;
        var keys = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        var themeKeys = map.Children.TryGetValue(new YamlScalarNode("themes"), out var themes) && themes is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().SelectMany(t => t.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value)).ToHashSet(StringComparer.Ordinal)
            : [];
        var englishOnly = new[] { "highlights" }.Where(keys.Contains).Concat(new[] { "domains", "metrics", "case-studies" }.Where(themeKeys.Contains)).ToList();
        if (englishOnly.Count == 0) return false;
        diags.Error(SourceLocation.File(rel), ErrorCodes.OrphanTranslation,
            $"this looks like the English report saved with .cy in its name: it has {string.Join(" and ", englishOnly.Take(2))}, which only the English report has, "
            + $"and there is no {english}; rename it to {english} (a Welsh translation, {Path.GetFileName(rel)}, goes beside it and holds only the Welsh text)");
        return true;
    }

    private static void CheckLists(IReadOnlyList<ListCheck> lists, Dictionary<string, int> english, DiagnosticBag diags)
    {
        foreach (var l in lists)
            if (english.TryGetValue(l.Key, out var n) && n != l.Count)
                diags.Error(l.At, ErrorCodes.TranslationShape, $"'{l.Key}' has {l.Count} item{(l.Count == 1 ? "" : "s")} in Welsh but {n} in English; translate each English item, in the same order");
    }

    private static IReadOnlyList<T> Zip<T, TW>(IReadOnlyList<T> english, IReadOnlyList<TW>? welsh, Func<T, TW, T> apply) =>
        welsh is null || welsh.Count != english.Count ? english : english.Select((e, i) => apply(e, welsh[i])).ToList();

    private static (YamlNode?, FileContext?) Yaml(ContentRoot root, string rel, DiagnosticBag diags)
    {
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
        if (text is null) return (null, null);
        var file = new FileContext(rel, diags);
        var node = YamlDocument.Parse(text, file, out var failed);
        if (failed) return (null, null);
        if (node is null)
        {
            diags.Error(file.Start, ErrorCodes.WrongShape, "the Welsh file is empty; give it the Welsh text (see the README), or remove it");
            return (null, null);
        }
        return (node, file);
    }

    private sealed record FrontMatterNode(YamlNode? Node, FileContext File);

    private static (FrontMatterNode?, string?, int?) FrontMatterOf(ContentRoot root, string rel, DiagnosticBag diags)
    {
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
        if (text is null) return (null, null, null);
        var parts = FrontMatter.Split(text, rel, diags);
        if (parts is null) return (null, null, null);
        var file = new FileContext(rel, diags, parts.YamlLineOffset);
        var node = YamlDocument.Parse(parts.Yaml, file, out var failed);
        return failed ? (null, null, null) : (new FrontMatterNode(node, file), parts.Body, parts.BodyLineOffset);
    }
}
