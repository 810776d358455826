using System.Globalization;
using System.Text;

namespace StatiqReport.Benchmark;

/// <summary>
/// The same case studies as a minimal Hugo site, for a reference point: one layout for single pages,
/// one for lists (home, section, taxonomies and their terms), taxonomies principles, domains and systems,
/// and the same body Markdown. HTML only (no per-term RSS) so both sides count pages alike.
/// Written for the layout lookup of Debian's hugo (0.111: layouts/_default/).
/// </summary>
internal static class HugoSite
{
    public static void Write(string dir, IReadOnlyList<CaseStudyInfo> cases)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Put(dir, "hugo.toml", """
            baseURL = "https://bench.example.invalid/"
            languageCode = "en-gb"
            title = "Hugo comparison: synthetic case studies"
            enableRobotsTXT = false

            [taxonomies]
              principle = "principles"
              domain = "domains"
              system = "systems"

            [outputs]
              home = ["HTML"]
              section = ["HTML"]
              taxonomy = ["HTML"]
              term = ["HTML"]

            [markup.goldmark.renderer]
              unsafe = false

            """);
        Put(dir, "layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} | {{ .Site.Title }}</title>
            {{ with .Params.summary }}<meta name="description" content="{{ . }}">{{ end }}
            </head>
            <body>
            <a href="#main">Skip to content</a>
            <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
            <nav aria-label="Main"><ul>
            <li><a href="{{ "/case-studies/" | relURL }}">Case studies</a></li>
            <li><a href="{{ "/principles/" | relURL }}">Principles</a></li>
            <li><a href="{{ "/domains/" | relURL }}">Domains</a></li>
            <li><a href="{{ "/systems/" | relURL }}">Systems</a></li>
            </ul></nav></header>
            <main id="main">{{ block "main" . }}{{ end }}</main>
            <footer><p>Synthetic content for a benchmark.</p></footer>
            </body>
            </html>

            """);
        Put(dir, "layouts/_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p>{{ .Params.summary }}</p>
            <p>Illustrative: this case study is invented sample content.</p>
            <dl>
            {{ range $tax := slice "principles" "domains" "systems" }}
            <dt>{{ $tax | humanize }}</dt>
            <dd>{{ range $i, $t := $.GetTerms $tax }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</dd>
            {{ end }}
            <dt>Published</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></dd>
            </dl>
            {{ .Content }}
            </article>
            {{ end }}

            """);
        Put(dir, "layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ .Content }}
            <p>{{ len .Pages }} pages</p>
            <ul>
            {{ range .Pages }}
            <li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>
            {{ end }}
            </ul>
            {{ end }}

            """);
        Put(dir, "content/case-studies/_index.md", "---\ntitle: Case studies\n---\n");
        foreach (var c in cases)
        {
            var sb = new StringBuilder("---\n");
            sb.Append(CultureInfo.InvariantCulture, $"title: {Corpus.Q(c.Title)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"summary: {Corpus.Q(c.Summary)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"date: {c.Published:yyyy-MM-dd}\n");
            sb.Append(CultureInfo.InvariantCulture, $"principles: [{string.Join(", ", c.Principles)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"domains: [{string.Join(", ", c.Domains)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"systems: [{c.System}]\n");
            sb.Append("---\n").Append(c.Body);
            Put(dir, $"content/case-studies/{c.Id}.md", sb.ToString());
        }
    }

    private static void Put(string dir, string rel, string text)
    {
        var path = Path.Combine(dir, rel);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
    }
}
