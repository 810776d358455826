using System.Globalization;
using System.Text;

namespace StatiqReport.Benchmark;

/// <summary>
/// Invented, plausible-sounding prose for case studies and reports, driven by one seeded
/// <see cref="Random"/> so the same seed always gives the same corpus. Nothing here is a real fact.
/// </summary>
internal sealed class Prose(Random rng)
{
    private static readonly string[] Orgs =
    [
        "the integrated care board", "the city council", "the local university", "the further education college",
        "NHS trusts in the area", "the voluntary sector alliance", "the mental health trust", "primary care networks",
        "the housing association", "the combined authority", "the ambulance service", "the community health trust",
        "the chamber of commerce", "the local enterprise partnership", "the fire and rescue service",
    ];

    private static readonly string[] Verbs =
    [
        "set up", "funded", "co-designed", "expanded", "piloted", "commissioned", "brought together", "scaled up",
        "redesigned", "launched", "tested", "rolled out", "invested in", "joined up", "opened",
    ];

    private static readonly string[] Things =
    [
        "a shared recruitment hub", "a local supplier directory", "a community health worker programme",
        "a retrofit scheme for NHS buildings", "an apprenticeship pathway", "a social value framework",
        "a fuel poverty fund", "a green travel plan", "a research partnership", "a food security network",
        "an estates strategy", "a volunteering passport", "a work experience offer", "a carbon literacy course",
        "an anchor charter", "a careers bus", "a warm homes referral route", "a buy-local pledge",
        "a community wealth building plan", "a clinical trials hub", "a solar canopy over the car park",
        "a skills academy", "a digital inclusion project", "a community diagnostic centre",
    ];

    private static readonly string[] Purposes =
    [
        "for people furthest from work", "with small local businesses", "in the most deprived neighbourhoods",
        "across the whole system", "for young people leaving care", "for carers and their families",
        "with voluntary, community and social enterprise partners", "for patients at risk of fuel poverty",
        "for refugees and people seeking asylum", "for veterans", "in rural and coastal towns",
        "for people with a learning disability", "for older people living alone", "for school leavers",
    ];

    private static readonly string[] Openers =
    [
        "At the same time,", "Over two years,", "Working with partners,", "From the start,", "In the first year,",
        "Building on earlier work,", "With modest funding,", "Led by local people,", "After a short pilot,",
        "As a next step,", "In parallel,", "Alongside this,",
    ];

    private static readonly string[] Problems =
    [
        "Unemployment in some wards was {p} per cent, well above the national average.",
        "Only {p} per cent of non-pay spending went to suppliers based in the area.",
        "Many vacancies in health and care stayed open for months at a time.",
        "People in the poorest neighbourhoods lived {y} fewer years in good health than those in the richest.",
        "Old buildings were costly to heat and produced about {c} tonnes of carbon dioxide equivalent a year.",
        "Partners held their data separately and rarely planned their spending together.",
        "Young people did not see the NHS as a place where they could build a career.",
        "Cold, damp homes were driving repeat emergency admissions every winter.",
        "Small firms found public sector tenders long, complex and hard to win.",
        "Research funding flowed mostly to a few large centres, not to local communities.",
        "Land and buildings owned by the public sector stood empty for years.",
        "Staff turnover in entry-level roles was high, at around {p} per cent a year.",
        "Community groups struggled to find affordable rooms to meet in.",
        "Air quality near the main hospital sites often breached safe limits.",
    ];

    private static readonly string[] Outcomes =
    [
        "{n} people were supported into paid work, and {p} per cent of them had previously been unemployed.",
        "Spending with local suppliers rose by £{m} million in a year.",
        "Emissions from the estate fell by {p} per cent against the baseline.",
        "{n} apprentices started, and most were still in post after a year.",
        "{n} households received help with heating, debt and benefits advice.",
        "Vacancy rates in the target roles fell from {p} to {q} per cent.",
        "{n} local businesses joined the supplier directory.",
        "Community groups used NHS rooms for {n} hours, free of charge.",
        "{n} residents took part in research studies for the first time.",
        "Staff reported feeling prouder of where they work, with {p} per cent saying so in the survey.",
        "Partners agreed to pool £{m} million for the next three years.",
        "{n} young people completed a work experience placement.",
    ];

    private static readonly string[] Fillers =
    [
        "Local people helped to shape the work from the beginning and sat on the steering group.",
        "The approach was designed to be simple to copy in other places.",
        "Leaders met every month to review progress and remove barriers.",
        "An independent evaluation is under way and will report next year.",
        "The team kept a log of what worked and what did not, and shared it openly.",
        "Frontline staff were given time to take part, which made a real difference.",
        "Every partner signed the same short agreement, so roles were clear.",
        "The work is now part of the system's long-term plan.",
        "Feedback from residents was gathered at every stage and acted on.",
        "Small grants let community organisations try ideas quickly.",
    ];

    public int Next(int max) => rng.Next(max);

    public int Next(int min, int max) => rng.Next(min, max);

    public double NextDouble() => rng.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var result = new List<T>();
        for (var i = 0; i < count && pool.Count > 0; i++)
        {
            var k = rng.Next(pool.Count);
            result.Add(pool[k]);
            pool.RemoveAt(k);
        }
        return result;
    }

    /// <summary>A title such as "Piloted a skills academy for school leavers".</summary>
    public string Title()
    {
        var verb = Pick(Verbs);
        return char.ToUpperInvariant(verb[0]) + verb[1..] + " " + Pick(Things) + " " + Pick(Purposes);
    }

    public string Thing() => Pick(Things);

    public string Purpose() => Pick(Purposes);

    public string Org() => Pick(Orgs);

    public string Problem() => Fill(Pick(Problems));

    public string Outcome() => Fill(Pick(Outcomes));

    public string Action()
    {
        var org = Pick(Orgs);
        var s = $"{Pick(Openers)} {org} {Pick(Verbs)} {Pick(Things)} {Pick(Purposes)}.";
        return s;
    }

    public string Filler() => Pick(Fillers);

    /// <summary>Sentences appended until the paragraph has at least <paramref name="words"/> words.</summary>
    public string Paragraph(int words, Func<string> sentence)
    {
        var sb = new StringBuilder();
        var count = 0;
        while (count < words)
        {
            if (sb.Length > 0) sb.Append(' ');
            var next = rng.Next(4) == 0 ? Filler() : sentence();
            sb.Append(next);
            count += WordCount(next);
        }
        return sb.ToString();
    }

    public static int WordCount(string text) =>
        text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    private string Fill(string template) => template
        .Replace("{p}", rng.Next(5, 60).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{q}", rng.Next(1, 5).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{y}", rng.Next(5, 19).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{c}", (rng.Next(10, 400) * 100).ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n}", rng.Next(12, 2400).ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{m}", (rng.Next(2, 400) / 10.0).ToString("0.0", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
