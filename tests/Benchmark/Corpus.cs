using System.Globalization;
using System.Text;

namespace StatiqReport.Benchmark;

internal sealed record SystemInfo(string Id, string Name, string Type, string Nation, string Region, string? WelshName);

internal sealed record MetricInfo(string Id, string Domain, string Title, string Unit, string Better);

internal sealed record CaseStudyInfo(
    string Id, string System, string Title, string Summary, IReadOnlyList<string> Principles, IReadOnlyList<string> Domains,
    string Faced, string Did, string Results, string Period, DateOnly Published)
{
    /// <summary>The body as both generators publish it: the three Markdown fields under headings.</summary>
    public string Body => $"## What we faced\n\n{Faced.TrimEnd()}\n\n## What we did\n\n{Did.TrimEnd()}\n\n## Results\n\n{Results.TrimEnd()}\n";
}

/// <summary>What was generated, for the report and for the Hugo site.</summary>
internal sealed record CorpusSummary(IReadOnlyList<CaseStudyInfo> CaseStudies, int Reports, int MetricValues, int EmptyValues, int Files, long Bytes, double MeanCaseStudyWords);

/// <summary>
/// Writes a synthetic national corpus in the contract's format (shared/docs/contract.md): the fixed
/// catalogues, 40 metrics, the 49 systems, 49 × 5 × 40 metric values, 2,500 case studies of about
/// 400 words and 245 annual reports. Everything is invented and flagged illustrative; one seed gives
/// byte-identical content.
/// </summary>
internal sealed class Corpus
{
    public const int CaseStudyCount = 2500;
    public static readonly string[] Periods = ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24"];

    public static readonly string[] PrincipleIds = ["anchor-system", "local-assets", "inclusive-growth", "devolve-accountability", "share-resources", "long-term"];
    private static readonly string[] PrincipleTitles =
    [
        "Make the leadership body the key to unlocking the anchor system", "Start with what's strong, not what's wrong",
        "Link with local inclusive growth strategies", "Devolve accountability and distribute leadership",
        "Share resources and ideas across partners", "Lead the cultural change necessary to focus on the long term",
    ];

    public static readonly string[] DomainIds = ["net-zero", "research-development", "employment-skills", "civic-leadership", "procurement", "population-health", "estates"];
    private static readonly string[] DomainTitles = ["Net Zero", "Research and Development", "Employment and Skills", "Civic Leadership", "Procurement", "Population Health", "Estates"];

    private static readonly (string Id, string Title)[] MaturityAreas =
    [
        ("economic-development", "Supporting economic development and recovery"),
        ("quality-employment", "Ensuring quality local employment"),
        ("climate-change", "Tackling climate change"),
    ];
    private static readonly string[] Levels = ["emerging", "established", "expanding"];

    /// <summary>The 49 systems of the sample site (ids and names as in data/systems/).</summary>
    public static readonly SystemInfo[] Systems =
    [
        new("aneurin-bevan", "Aneurin Bevan University Health Board", "LHB", "Wales", "Wales", "Bwrdd Iechyd Prifysgol Aneurin Bevan"),
        new("bath-and-north-east-somerset-swindon-and-wiltshire", "Bath and North East Somerset, Swindon and Wiltshire Integrated Care System", "ICS", "England", "South West", null),
        new("bedfordshire-luton-and-milton-keynes", "Bedfordshire, Luton and Milton Keynes Integrated Care System", "ICS", "England", "East of England", null),
        new("betsi-cadwaladr", "Betsi Cadwaladr University Health Board", "LHB", "Wales", "Wales", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr"),
        new("birmingham-and-solihull", "Birmingham and Solihull Integrated Care System", "ICS", "England", "Midlands", null),
        new("black-country", "Black Country Integrated Care System", "ICS", "England", "Midlands", null),
        new("bristol-north-somerset-and-south-gloucestershire", "Bristol, North Somerset and South Gloucestershire Integrated Care System", "ICS", "England", "South West", null),
        new("buckinghamshire-oxfordshire-and-berkshire-west", "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care System", "ICS", "England", "South East", null),
        new("cambridgeshire-and-peterborough", "Cambridgeshire and Peterborough Integrated Care System", "ICS", "England", "East of England", null),
        new("cardiff-and-vale", "Cardiff and Vale University Health Board", "LHB", "Wales", "Wales", "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro"),
        new("cheshire-and-merseyside", "Cheshire and Merseyside Health and Care Partnership", "ICS", "England", "North West", null),
        new("cornwall-and-the-isles-of-scilly", "Cornwall and the Isles of Scilly Integrated Care System", "ICS", "England", "South West", null),
        new("coventry-and-warwickshire", "Coventry and Warwickshire Integrated Care System", "ICS", "England", "Midlands", null),
        new("cwm-taf-morgannwg", "Cwm Taf Morgannwg University Health Board", "LHB", "Wales", "Wales", "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg"),
        new("derby-and-derbyshire", "Derby and Derbyshire Integrated Care System", "ICS", "England", "Midlands", null),
        new("devon", "Devon Integrated Care System", "ICS", "England", "South West", null),
        new("dorset", "Dorset Integrated Care System", "ICS", "England", "South West", null),
        new("frimley", "Frimley Health and Care", "ICS", "England", "South East", null),
        new("gloucestershire", "Gloucestershire Integrated Care System", "ICS", "England", "South West", null),
        new("greater-manchester", "Greater Manchester Integrated Care System", "ICS", "England", "North West", null),
        new("hampshire-and-isle-of-wight", "Hampshire and Isle of Wight Integrated Care System", "ICS", "England", "South East", null),
        new("herefordshire-and-worcestershire", "Herefordshire and Worcestershire Integrated Care System", "ICS", "England", "Midlands", null),
        new("hertfordshire-and-west-essex", "Hertfordshire and West Essex Integrated Care System", "ICS", "England", "East of England", null),
        new("humber-and-north-yorkshire", "Humber and North Yorkshire Health and Care Partnership", "ICS", "England", "North East and Yorkshire", null),
        new("hywel-dda", "Hywel Dda University Health Board", "LHB", "Wales", "Wales", "Bwrdd Iechyd Prifysgol Hywel Dda"),
        new("kent-and-medway", "Kent and Medway Integrated Care System", "ICS", "England", "South East", null),
        new("lancashire-and-south-cumbria", "Lancashire and South Cumbria Integrated Care System", "ICS", "England", "North West", null),
        new("leicester-leicestershire-and-rutland", "Leicester, Leicestershire and Rutland Integrated Care System", "ICS", "England", "Midlands", null),
        new("lincolnshire", "Lincolnshire Integrated Care System", "ICS", "England", "Midlands", null),
        new("mid-and-south-essex", "Mid and South Essex Integrated Care System", "ICS", "England", "East of England", null),
        new("norfolk-and-waveney", "Norfolk and Waveney Integrated Care System", "ICS", "England", "East of England", null),
        new("north-central-london", "North Central London Integrated Care System", "ICS", "England", "London", null),
        new("north-east-and-north-cumbria", "North East and North Cumbria Integrated Care System", "ICS", "England", "North East and Yorkshire", null),
        new("north-east-london", "North East London Health and Care Partnership", "ICS", "England", "London", null),
        new("north-west-london", "North West London Integrated Care System", "ICS", "England", "London", null),
        new("northamptonshire", "Northamptonshire Integrated Care System", "ICS", "England", "Midlands", null),
        new("nottingham-and-nottinghamshire", "Nottingham and Nottinghamshire Integrated Care System", "ICS", "England", "Midlands", null),
        new("powys", "Powys Teaching Health Board", "LHB", "Wales", "Wales", "Bwrdd Iechyd Addysgu Powys"),
        new("shropshire-telford-and-wrekin", "Shropshire, Telford and Wrekin Integrated Care System", "ICS", "England", "Midlands", null),
        new("somerset", "Somerset Integrated Care System", "ICS", "England", "South West", null),
        new("south-east-london", "South East London Integrated Care System", "ICS", "England", "London", null),
        new("south-west-london", "South West London Integrated Care System", "ICS", "England", "London", null),
        new("south-yorkshire", "South Yorkshire Integrated Care System", "ICS", "England", "North East and Yorkshire", null),
        new("staffordshire-and-stoke-on-trent", "Staffordshire and Stoke-on-Trent Integrated Care System", "ICS", "England", "Midlands", null),
        new("suffolk-and-north-east-essex", "Suffolk and North East Essex Integrated Care System", "ICS", "England", "East of England", null),
        new("surrey-heartlands", "Surrey Heartlands Health and Care Partnership", "ICS", "England", "South East", null),
        new("sussex", "Sussex Health and Care", "ICS", "England", "South East", null),
        new("swansea-bay", "Swansea Bay University Health Board", "LHB", "Wales", "Wales", "Bwrdd Iechyd Prifysgol Bae Abertawe"),
        new("west-yorkshire", "West Yorkshire Health and Care Partnership", "ICS", "England", "North East and Yorkshire", null),
    ];

    /// <summary>40 metrics across the seven domains, in the four unit kinds the contract formats.</summary>
    public static readonly MetricInfo[] Metrics =
    [
        new("carbon-footprint", "net-zero", "Carbon footprint of NHS organisations", "tonnes CO2e", "down"),
        new("area-emissions", "net-zero", "Greenhouse gas emissions of the area", "tonnes CO2e", "down"),
        new("fleet-zero-emission-share", "net-zero", "Zero-emission share of the NHS fleet", "percent", "up"),
        new("waste-recycled", "net-zero", "Waste recycled", "percent", "up"),
        new("energy-spend", "net-zero", "Energy spending of NHS organisations", "gbp", "down"),
        new("staff-active-travel", "net-zero", "Staff travelling to work actively", "percent", "up"),
        new("research-income", "research-development", "Research income", "gbp", "up"),
        new("trial-participants", "research-development", "People taking part in clinical research", "count", "up"),
        new("research-active-staff", "research-development", "Research-active staff", "percent", "up"),
        new("spinout-companies", "research-development", "Spin-out companies", "count", "up"),
        new("innovation-grants", "research-development", "Innovation grants won", "gbp", "up"),
        new("staff-employed", "employment-skills", "Staff employed", "count", "up"),
        new("apprenticeships", "employment-skills", "Apprenticeships started", "count", "up"),
        new("local-people-into-jobs", "employment-skills", "Local people supported into jobs", "count", "up"),
        new("living-wage-jobs", "employment-skills", "Jobs paid at least the real Living Wage", "percent", "up"),
        new("staff-in-deprived-areas", "employment-skills", "Staff living in the most deprived areas", "percent", "up"),
        new("retention-12-months", "employment-skills", "New starters still in post after 12 months", "percent", "up"),
        new("work-experience-placements", "employment-skills", "Work experience placements", "count", "up"),
        new("anchor-network-members", "civic-leadership", "Members of the anchor network", "count", "up"),
        new("community-grants", "civic-leadership", "Grants to community organisations", "gbp", "up"),
        new("volunteers", "civic-leadership", "Volunteers", "count", "up"),
        new("staff-volunteering-days", "civic-leadership", "Staff volunteering days", "count", "up"),
        new("partnership-boards", "civic-leadership", "Place partnership boards with community members", "count", "up"),
        new("local-spend", "procurement", "Spending with local suppliers", "gbp", "up"),
        new("local-spend-share", "procurement", "Share of spending with local suppliers", "percent", "up"),
        new("vcse-spend", "procurement", "Spending with voluntary, community and social enterprises", "gbp", "up"),
        new("sme-spend-share", "procurement", "Share of spending with small and medium firms", "percent", "up"),
        new("social-value-weighting", "procurement", "Social value weighting in tenders", "percent", "up"),
        new("contracts-with-social-value", "procurement", "Contracts with social value commitments", "count", "up"),
        new("smoking-cessation", "population-health", "People helped to stop smoking", "count", "up"),
        new("fuel-poverty-households", "population-health", "Households in fuel poverty referred for help", "count", "down"),
        new("emergency-admissions-deprived", "population-health", "Emergency admissions from the most deprived areas", "count", "down"),
        new("social-prescribing-referrals", "population-health", "Social prescribing referrals", "count", "up"),
        new("healthy-weight-children", "population-health", "Children at a healthy weight at age 11", "percent", "up"),
        new("health-checks-completed", "population-health", "Health checks completed", "count", "up"),
        new("estates-running-cost", "estates", "Estates running cost", "gbp", "down"),
        new("buildings-community-use", "estates", "Buildings open for community use", "count", "up"),
        new("homes-on-nhs-land", "estates", "Homes built on surplus NHS land", "count", "up"),
        new("backlog-maintenance", "estates", "Backlog maintenance", "gbp", "down"),
        new("floor-space-vacant", "estates", "Vacant floor space", "percent", "down"),
    ];

    private const string IllustrativeSource = "Synthetic benchmark data (invented, not a real figure)";

    private readonly string _root;
    private readonly Prose _prose;
    private readonly Dictionary<(string System, string Metric, int Period), double?> _values = [];
    private int _files;
    private long _bytes;

    public Corpus(string root, int seed)
    {
        _root = root;
        _prose = new Prose(new Random(seed));
    }

    public CorpusSummary Write()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        WriteSite();
        WriteCatalogues();
        WriteSystems();
        var (values, empty) = WriteMetricValues();
        var cases = WriteCaseStudies();
        var reports = WriteReports(cases);
        WriteAbout();
        var meanWords = cases.Average(c => Prose.WordCount(c.Faced) + Prose.WordCount(c.Did) + Prose.WordCount(c.Results));
        return new CorpusSummary(cases, reports, values, empty, _files, _bytes, meanWords);
    }

    private void WriteSite() => Write("data/site.yml", $"""
        title: {Q("StatiqReport benchmark: a synthetic national picture")}
        description: {Q("Invented content generated for timing the build. Nothing on this site is real.")}
        publisher: {Q("StatiqReport benchmark")}

        """);

    private void WriteCatalogues()
    {
        var sb = new StringBuilder("# Synthetic catalogue for the benchmark; the ids are the contract's.\n");
        for (var i = 0; i < PrincipleIds.Length; i++)
            sb.Append(CultureInfo.InvariantCulture, $"""
                - id: {PrincipleIds[i]}
                  number: {i + 1}
                  title: {Q(PrincipleTitles[i])}
                  summary: {Q(_prose.Paragraph(30, _prose.Action))}

                """);
        Write("data/principles.yml", sb.ToString());

        sb = new StringBuilder("# Synthetic catalogue for the benchmark; the ids are the contract's.\n");
        for (var i = 0; i < DomainIds.Length; i++)
            sb.Append(CultureInfo.InvariantCulture, $"""
                - id: {DomainIds[i]}
                  title: {Q(DomainTitles[i])}
                  summary: {Q(_prose.Paragraph(25, _prose.Problem))}
                  questions:
                    - {Q($"How could {_prose.Org()} do more {_prose.Purpose()}?")}
                    - {Q($"Where would {_prose.Thing()} add most value?")}

                """);
        Write("data/domains.yml", sb.ToString());

        sb = new StringBuilder("# Synthetic catalogue for the benchmark; the ids are the contract's.\n");
        foreach (var (id, title) in MaturityAreas)
            sb.Append(CultureInfo.InvariantCulture, $"""
                - id: {id}
                  title: {Q(title)}
                  emerging: {Q(_prose.Paragraph(25, _prose.Action))}
                  established: {Q(_prose.Paragraph(25, _prose.Action))}
                  expanding: {Q(_prose.Paragraph(25, _prose.Action))}

                """);
        Write("data/maturity.yml", sb.ToString());

        sb = new StringBuilder("# Synthetic metric definitions for the benchmark.\n");
        foreach (var m in Metrics)
            sb.Append(CultureInfo.InvariantCulture, $"""
                - id: {m.Id}
                  domain: {m.Domain}
                  title: {Q(m.Title)}
                  unit: {m.Unit}
                  better: {m.Better}
                  definition: {Q($"{m.Title} in the system in a year. " + _prose.Paragraph(20, _prose.Filler))}
                  source: {Q(IllustrativeSource)}

                """);
        Write("data/metrics.yml", sb.ToString());
    }

    private void WriteSystems()
    {
        foreach (var s in Systems)
        {
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"name: {Q(s.Name)}\ntype: {s.Type}\nnation: {s.Nation}\nregion: {Q(s.Region)}\n");
            if (s.WelshName is not null) sb.Append(CultureInfo.InvariantCulture, $"welsh-name: {Q(s.WelshName)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"summary: {Q($"A synthetic profile of {s.Name}, invented for the benchmark.")}\n");
            sb.Append(CultureInfo.InvariantCulture, $"population: {_prose.Next(120, 3000) * 1000}\n");
            sb.Append(CultureInfo.InvariantCulture, $"website: {Q($"https://www.example.org/systems/{s.Id}")}\n");
            sb.Append("anchors:\n");
            foreach (var org in _prose.PickDistinct(["City Council", "County Council", "University", "College", "Teaching Hospitals NHS Trust", "Community Foundation", "Housing Trust"], 3))
                sb.Append(CultureInfo.InvariantCulture, $"  - {Q($"{Short(s.Name)} {org}")}\n");
            sb.Append("maturity:\n");
            var levels = MaturityAreas.Select(_ => 0).ToArray();
            foreach (var period in Periods)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {period}:\n");
                for (var a = 0; a < MaturityAreas.Length; a++)
                {
                    if (levels[a] < 2 && _prose.Next(3) == 0) levels[a]++;
                    sb.Append(CultureInfo.InvariantCulture, $"    {MaturityAreas[a].Id}: {Levels[levels[a]]}\n");
                }
            }
            Write($"data/systems/{s.Id}.yml", sb.ToString());
        }
    }

    /// <summary>49 × 5 × 40 values, one CSV per system, every one illustrative; about one in 150 left empty (not reported).</summary>
    private (int Values, int Empty) WriteMetricValues()
    {
        var values = 0;
        var empty = 0;
        foreach (var s in Systems)
        {
            var sb = new StringBuilder("system,metric,period,value,source,note,illustrative\n");
            var scale = 0.4 + (_prose.NextDouble() * 1.8);
            foreach (var m in Metrics)
            {
                var (lo, hi) = m.Unit switch
                {
                    "percent" => (5.0, 80.0),
                    "gbp" => (2e5, 4e8),
                    "tonnes CO2e" => (8e3, 6e5),
                    _ => (20.0, 40000.0),
                };
                var level = m.Unit == "percent" ? lo + (_prose.NextDouble() * (hi - lo)) : Math.Exp(Math.Log(lo) + (_prose.NextDouble() * Math.Log(hi / lo))) * scale;
                var trend = (_prose.NextDouble() - 0.4) * 0.12;
                for (var p = 0; p < Periods.Length; p++)
                {
                    level *= 1 + trend + ((_prose.NextDouble() - 0.5) * 0.06);
                    double? value = _prose.Next(150) == 0 ? null : Round(m.Unit, level);
                    _values[(s.Id, m.Id, p)] = value;
                    values++;
                    if (value is null) empty++;
                    var text = value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
                    sb.Append(CultureInfo.InvariantCulture, $"{s.Id},{m.Id},{Periods[p]},{text},\"{IllustrativeSource}\",,true\n");
                }
            }
            Write($"data/metrics/{s.Id}.csv", sb.ToString());
        }
        return (values, empty);
    }

    private static double Round(string unit, double v) => unit switch
    {
        "percent" => Math.Round(Math.Clamp(v, 0, 100), 1),
        "gbp" => Math.Round(v / 1000) * 1000,
        _ => Math.Round(v),
    };

    private List<CaseStudyInfo> WriteCaseStudies()
    {
        // First the ids (case studies link to each other), then the files.
        var plan = new List<(string Id, SystemInfo System, string Thing, string Purpose)>();
        for (var i = 0; i < CaseStudyCount; i++)
        {
            var system = Systems[i % Systems.Length];
            var thing = _prose.Thing();
            var slug = Slug(thing);
            plan.Add(($"{slug}-{i + 1:0000}", system, thing, _prose.Purpose()));
        }
        var bySystem = plan.GroupBy(p => p.System.Id).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToList());

        var result = new List<CaseStudyInfo>();
        foreach (var (id, system, thing, purpose) in plan)
        {
            var principles = _prose.PickDistinct(PrincipleIds, _prose.Next(1, 3));
            var domains = _prose.PickDistinct(DomainIds, _prose.Next(1, 3));
            var metric = _prose.Pick(Metrics.Where(m => m.Domain == domains[0]).ToList());
            var sibling = _prose.Pick(bySystem[system.Id].Where(x => x != id).ToList());
            var periodIndex = _prose.Next(Periods.Length);
            var period = Periods[periodIndex];
            var startYear = 2019 + periodIndex;
            var published = new DateOnly(startYear + 1, _prose.Next(4, 13), _prose.Next(1, 29));
            var verb = _prose.Pick<string>(["Setting up", "Growing", "Testing", "Co-designing", "Scaling up", "Funding"]);
            var title = $"{verb} {thing} {purpose}";
            var org = _prose.Org();
            var summary = $"{Cap(org)} in {Short(system.Name)} worked on {thing} {purpose}. {_prose.Outcome()}";

            var faced = new StringBuilder();
            faced.Append(_prose.Paragraph(60, _prose.Problem)).Append("\n\n");
            faced.Append(_prose.Paragraph(35, _prose.Problem))
                .Append(CultureInfo.InvariantCulture, $" The [system's profile](/systems/{system.Id}/) gives the wider picture.\n");

            var did = new StringBuilder();
            did.Append(_prose.Paragraph(50, _prose.Action)).Append("\n\n");
            var numbered = _prose.Next(2) == 0;
            var items = _prose.Next(3, 6);
            for (var k = 0; k < items; k++)
            {
                did.Append(numbered ? $"{k + 1}. " : "- ").Append(_prose.Action());
                if (k == 0) did.Append(CultureInfo.InvariantCulture, $" This follows the principle [{PrincipleTitles[Array.IndexOf(PrincipleIds, principles[0])]}](/principles/{principles[0]}/).");
                did.Append('\n');
            }
            did.Append('\n').Append(_prose.Paragraph(20, _prose.Filler))
                .Append(CultureInfo.InvariantCulture, $" The partners published [a short guide](https://www.example.org/guides/{id}) for others.\n");

            var results = new StringBuilder();
            var outcomes = _prose.Next(3, 5);
            for (var k = 0; k < outcomes; k++)
            {
                var outcome = _prose.Outcome();
                results.Append("- ").Append(k % 2 == 0 ? $"**{outcome.TrimEnd('.')}**." : outcome).Append('\n');
            }
            results.Append('\n').Append(_prose.Paragraph(45, _prose.Outcome))
                .Append(CultureInfo.InvariantCulture, $" See also [a related case study](/case-studies/{sibling}/) and the figures for [{Lower(metric.Title)}](/metrics/{metric.Id}/).\n");

            var info = new CaseStudyInfo(id, system.Id, title, summary, principles, domains, faced.ToString(), did.ToString(), results.ToString(), period, published);
            result.Add(info);

            var n = _prose.Next(40, 2400);
            var p = _prose.Next(5, 95);
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"title: {Q(title)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"system: {system.Id}\n");
            sb.Append(CultureInfo.InvariantCulture, $"principles: [{string.Join(", ", principles)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"domains: [{string.Join(", ", domains)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"summary: {Q(summary)}\n");
            sb.Append(Block("faced", info.Faced)).Append(Block("did", info.Did)).Append(Block("results", info.Results));
            sb.Append(CultureInfo.InvariantCulture, $"period: {period}\n");
            sb.Append(CultureInfo.InvariantCulture, $"published: {published:yyyy-MM-dd}\n");
            sb.Append(CultureInfo.InvariantCulture, $"organisations: [{Q(Cap(org))}, {Q($"{Short(system.Name)} Community Foundation")}]\n");
            sb.Append("figures:\n");
            sb.Append(CultureInfo.InvariantCulture, $"  - {{value: {n}, unit: count, label: {Q("people supported " + purpose)}}}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  - {{value: {p}, unit: percent, label: {Q("of participants still involved after a year")}}}\n");
            if (_prose.Next(3) == 0)
                sb.Append(CultureInfo.InvariantCulture, $"  - {{value: {_prose.Next(5, 900) * 10000}, unit: gbp, label: {Q("invested by partners")}}}\n");
            sb.Append(CultureInfo.InvariantCulture, $"sources:\n  - {{title: {Q($"Synthetic evaluation of {thing}")}, publisher: {Q("StatiqReport benchmark")}, date: \"{published:yyyy-MM}\", url: {Q($"https://www.example.org/evaluations/{id}")}}}\n");
            sb.Append("illustrative: true\n");
            Write($"data/case-studies/{system.Id}/{id}.yml", sb.ToString());
        }
        return result;
    }

    private int WriteReports(List<CaseStudyInfo> cases)
    {
        var count = 0;
        var byMetricDomain = Metrics.GroupBy(m => m.Domain).ToDictionary(g => g.Key, g => g.ToList());
        var byId = cases.ToDictionary(c => c.Id);
        foreach (var s in Systems)
        {
            var own = cases.Where(c => c.System == s.Id).ToList();
            for (var p = 0; p < Periods.Length; p++)
            {
                var shown = Periods[p].Replace('-', '/');
                var sb = new StringBuilder("---\n");
                sb.Append(CultureInfo.InvariantCulture, $"title: {Q($"{Short(s.Name)} impact report {shown}: {_prose.Thing()} and more")}\n");
                sb.Append(CultureInfo.InvariantCulture, $"summary: {Q($"What {Short(s.Name)} and its anchor partners did in {shown} (synthetic sample content).")}\n");
                sb.Append("illustrative: true\nthemes:\n");
                var themeCases = new List<string>();
                foreach (var domain in _prose.PickDistinct(DomainIds, _prose.Next(2, 4)))
                {
                    var candidates = own.Where(c => c.Domains.Contains(domain)).ToList();
                    if (candidates.Count == 0) candidates = own;
                    var picked = _prose.PickDistinct(candidates, _prose.Next(1, 4)).Select(c => c.Id).ToList();
                    themeCases.AddRange(picked);
                    sb.Append(CultureInfo.InvariantCulture, $"  - title: {Q($"{DomainTitles[Array.IndexOf(DomainIds, domain)]}: {_prose.Thing()}")}\n");
                    sb.Append(CultureInfo.InvariantCulture, $"    summary: {Q(_prose.Action())}\n");
                    sb.Append(CultureInfo.InvariantCulture, $"    domains: [{domain}]\n");
                    sb.Append(CultureInfo.InvariantCulture, $"    metrics: [{string.Join(", ", _prose.PickDistinct(byMetricDomain[domain], _prose.Next(2, 5)).Select(m => m.Id))}]\n");
                    sb.Append(CultureInfo.InvariantCulture, $"    case-studies: [{string.Join(", ", picked)}]\n");
                }
                sb.Append(CultureInfo.InvariantCulture, $"highlights: [{string.Join(", ", _prose.PickDistinct(Metrics, _prose.Next(4, 7)).Select(m => m.Id))}]\n");
                sb.Append("commitments:\n");
                foreach (var m in _prose.PickDistinct(Metrics, _prose.Next(2, 4)))
                {
                    var last = _values[(s.Id, m.Id, p)] ?? _values.GetValueOrDefault((s.Id, m.Id, Math.Max(0, p - 1))) ?? 100;
                    var target = Round(m.Unit, last * (m.Better == "up" ? 1.05 : 0.95));
                    var by = $"{2020 + p}-{(21 + p) % 100:00}";
                    sb.Append(CultureInfo.InvariantCulture, $"  - text: {Q($"Improve {Lower(m.Title)} through {_prose.Thing()}.")}\n");
                    sb.Append(CultureInfo.InvariantCulture, $"    metric: {m.Id}\n    target: {target.ToString("R", CultureInfo.InvariantCulture)}\n    by: {by}\n");
                }
                sb.Append("---\n");
                sb.Append("## Welcome\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"*This is a synthetic report generated for a benchmark: every word and figure in it is illustrative.* {_prose.Paragraph(60, _prose.Action)}\n\n");
                sb.Append("## What we did together\n\n");
                sb.Append(_prose.Paragraph(70, _prose.Action)).Append("\n\n");
                foreach (var c in themeCases.Distinct().Take(3))
                    sb.Append(CultureInfo.InvariantCulture, $"- [{byId[c].Title}](/case-studies/{c}/)\n");
                sb.Append("\n## Being honest about progress\n\n");
                sb.Append(_prose.Paragraph(60, _prose.Outcome));
                if (p > 0) sb.Append(CultureInfo.InvariantCulture, $" Read [last year's report](/reports/{s.Id}/{Periods[p - 1]}/) to compare.");
                sb.Append("\n\n").Append(_prose.Paragraph(30, _prose.Filler)).Append('\n');
                Write($"input/reports/{s.Id}/{Periods[p]}.md", sb.ToString());
                count++;
            }
        }
        return count;
    }

    private void WriteAbout() => Write("input/about.md", $"""
        ---
        title: About this benchmark site
        summary: "A synthetic national corpus generated to time StatiqReport's build."
        ---

        ## Nothing here is real

        Every system profile, case study, report and figure on this site was **generated** by the StatiqReport
        benchmark (tests/Benchmark) from a fixed seed. The systems' names are real; everything said about them is
        invented and marked illustrative.

        ## What it contains

        - 49 systems, each with five years of 40 metrics
        - 2,500 case studies of about 400 words
        - 245 annual impact reports

        Browse [the systems](/systems/), [the principles](/principles/) or [every case study](/case-studies/).

        """);

    private void Write(string rel, string text)
    {
        var path = Path.Combine(_root, rel);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = new UTF8Encoding(false).GetBytes(text.ReplaceLineEndings("\n"));
        File.WriteAllBytes(path, bytes);
        _files++;
        _bytes += bytes.Length;
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    internal static string Q(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A YAML literal block scalar holding Markdown.</summary>
    private static string Block(string key, string markdown)
    {
        var sb = new StringBuilder(key).Append(": |\n");
        foreach (var line in markdown.TrimEnd().Split('\n'))
            sb.Append(line.Length == 0 ? "\n" : "  " + line + "\n");
        return sb.ToString();
    }

    internal static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.StartsWith("a-", StringComparison.Ordinal)) slug = slug[2..];
        else if (slug.StartsWith("an-", StringComparison.Ordinal)) slug = slug[3..];
        return slug.Length > 50 ? slug[..50].TrimEnd('-') : slug;
    }

    /// <summary>"West Yorkshire Health and Care Partnership" → "West Yorkshire".</summary>
    private static string Short(string name)
    {
        foreach (var tail in (string[])[" Integrated Care System", " Health and Care Partnership", " Health and Care", " University Health Board", " Teaching Health Board"])
            if (name.EndsWith(tail, StringComparison.Ordinal)) return name[..^tail.Length];
        return name;
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Lower(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
