using System.Text;
using StatiqReport.Content;
using StatiqReport.Model;

namespace StatiqReport.Cli;

/// <summary>`new case-study` and `new report`: write a commented starting file that validates once filled in.</summary>
public static class NewCommand
{
    public static int CaseStudy(string root, string system, string id, TextWriter stdout, TextWriter stderr)
    {
        if (!MapReader.IsId(system) || !MapReader.IsId(id))
            return Fail(stderr, $"ids are lower-case kebab-case, e.g. 'west-yorkshire' and '{MapReader.ToId(id)}'");
        if (!File.Exists(Path.Combine(root, "data", "systems", system + ".yml")))
            return Fail(stderr, $"there is no system '{system}': add data/systems/{system}.yml first, or use one of the files in data/systems/");
        var rel = $"data/case-studies/{id}.yml";
        var existing = Directory.Exists(Path.Combine(root, "data", "case-studies"))
            ? Directory.EnumerateFiles(Path.Combine(root, "data", "case-studies"), id + ".yml", SearchOption.AllDirectories).FirstOrDefault() : null;
        if (existing is not null) return Fail(stderr, $"a case study with the id '{id}' already exists: {Path.GetRelativePath(root, existing)}");
        var text = $$"""
            # A case study: what the system faced, what it did, and the results.
            # The file name is its id and address: /case-studies/{{id}}/
            # Check it with: {{Invocation.Command}} validate
            title: Write a short title that says what happened
            system: {{system}}
            # One or more of: anchor-system, local-assets, inclusive-growth, devolve-accountability, share-resources, long-term
            principles: [inclusive-growth]
            # Optional, one or more of: net-zero, research-development, employment-skills, civic-leadership, procurement, population-health, estates
            domains: [employment-skills]
            summary: One or two plain sentences for lists, search and link previews.
            faced: |
              What the system faced: the problem or opportunity, in Markdown.
            did: |
              What the system did, who was involved.
            results: |
              Results and benefits, with numbers where you have them.
            # period: 2024-25
            # published: 2025-06-30
            # organisations: [Name of an anchor institution]
            # figures:
            #   - {value: 120, unit: count, label: local people into NHS jobs}
            # quotes:
            #   - {text: "What they said.", by: "Name, role, organisation"}
            sources:
              - title: Where these facts come from
                # url: https://www.example.nhs.uk/report
            """;
        return Write(root, rel, text, stdout, stderr);
    }

    public static int Report(string root, string system, string period, TextWriter stdout, TextWriter stderr)
    {
        if (!MapReader.IsId(system)) return Fail(stderr, $"'{system}' is not a system id; ids are lower-case kebab-case, e.g. 'west-yorkshire'");
        if (!Period.TryParse(period, out var p)) return Fail(stderr, MapReader.PeriodHint(period, "period"));
        if (!File.Exists(Path.Combine(root, "data", "systems", system + ".yml")))
            return Fail(stderr, $"there is no system '{system}': add data/systems/{system}.yml first");
        var rel = $"input/reports/{system}/{p.Value.Id}.md";
        var text = $$"""
            ---
            # The annual impact report of {{system}} for {{p.Value.Display}}: /reports/{{system}}/{{p.Value.Id}}/
            title: Our anchor impact report {{p.Value.Display}}
            summary: One sentence that says what the year was about.
            # Metric ids (data/metrics.yml) for "the year at a glance", with their change from {{p.Value.Previous.Display}}
            highlights: []
            themes:
              - title: Access to quality work
                domains: [employment-skills]
                metrics: []          # metric ids: a chart and table each
                case-studies: []     # case-study ids: a spotlight each
            commitments:
              - text: What you will do next year.
                # metric: a-metric-id
                # target: 30
                # by: {{p.Value.Next.Id}}
            ---
            ## Foreword

            Write the foreword here, in Markdown.
            """;
        return Write(root, rel, text, stdout, stderr);
    }

    private static int Write(string root, string rel, string text, TextWriter stdout, TextWriter stderr)
    {
        var full = Path.Combine(root, rel.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(full)) return Fail(stderr, $"{rel} already exists; nothing was written");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text + "\n", new UTF8Encoding(false));
        stdout.WriteLine($"Wrote {rel}. Fill it in, then run validate.");
        return ExitCodes.Success;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.UsageOrInternal;
    }
}
