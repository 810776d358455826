using System.Text.RegularExpressions;
using StatiqReport.Content;
using StatiqReport.Diagnostics;
using StatiqReport.Localisation;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Localisation;

/// <summary>
/// Every interface string of the theme comes from theme/strings/&lt;lang&gt;.yml: the templates and the
/// page builders hold no English of their own, every key they use exists in every language, and a
/// site's own strings file overrides the bundled one key by key.
/// </summary>
public sealed partial class StringsTests
{
    private static string Repo => Fixtures.RepoRoot;

    public static IReadOnlyDictionary<string, Strings> Bundled()
    {
        var diags = new DiagnosticBag();
        var empty = Directory.CreateTempSubdirectory("sr-strings-");
        try { return StringsLoader.Load(new ContentRoot(empty.FullName), diags); }
        finally { empty.Delete(true); }
    }

    /// <summary>Keys named literally in the source: T("..."), P("..."), S["..."], S.F("..."), and key tables such as "nav.home".</summary>
    private static HashSet<string> KeysInSource()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repo, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo, "theme"), "*.razor", SearchOption.AllDirectories));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in files)
            foreach (Match m in KeyLiteral().Matches(File.ReadAllText(f)))
                keys.Add(m.Groups[1].Value);
        return keys;
    }

    /// <summary>Keys the code builds from parts (month numbers, directions, types).</summary>
    private static readonly string[] BuiltKeys =
    [
        .. Enumerable.Range(1, 12).Select(i => $"date.month.{i}"),
        "change.rose-better", "change.rose-worse", "change.fell-better", "change.fell-worse",
    ];

    [GeneratedRegex("\"((?:[a-z0-9]+-?)+(?:\\.[a-z0-9-]+)+)\"")]
    private static partial Regex KeyLiteral();

    /// <summary>Keys passed to a lookup: T("..."), P("..."), S.F("..."), S.P("..."), S["..."].</summary>
    private static HashSet<string> KeysLookedUp()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repo, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo, "theme"), "*.razor", SearchOption.AllDirectories));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in files)
            foreach (Match m in Regex.Matches(File.ReadAllText(f), "(?:\\b[TPF]\\(|\\[)\"((?:[a-z0-9]+-?)+(?:\\.[a-z0-9-]+)+)\""))
                keys.Add(m.Groups[1].Value);
        return keys;
    }

    [Fact]
    public void EveryKeyTheCodeUses_IsInEveryLanguage()
    {
        var bundled = Bundled();
        var used = KeysLookedUp().ToList();
        Assert.True(used.Count > 100, $"only {used.Count} keys found: the pattern is wrong");
        Assert.NotEmpty(used);
        foreach (var lang in StringsLoader.Languages)
        {
            var missing = used.Concat(BuiltKeys).Where(k => !bundled[lang].Has(k)).ToList();
            Assert.True(missing.Count == 0, $"theme/strings/{lang}.yml lacks: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void EveryKeyInTheFile_IsUsed()
    {
        var used = KeysInSource();
        var dead = Bundled()["en"].Keys.Where(k => !used.Contains(k) && !BuiltKeys.Contains(k)
            && !k.StartsWith("system.type-in.", StringComparison.Ordinal) && !k.StartsWith("latest.many-", StringComparison.Ordinal)
            && !k.StartsWith("stages.summary", StringComparison.Ordinal) && !k.StartsWith("highlight.", StringComparison.Ordinal)
            && !k.StartsWith("status.latest", StringComparison.Ordinal) && !k.StartsWith("search.js.", StringComparison.Ordinal)).ToList();
        Assert.True(dead.Count == 0, $"unused interface strings: {string.Join(", ", dead)}");
    }

    [Fact]
    public void Languages_HaveTheSameKeysAndNoNewPlaceholders()
    {
        var b = Bundled();
        var en = b["en"];
        foreach (var lang in StringsLoader.Languages.Where(l => l != "en"))
        {
            var other = b[lang];
            Assert.Equal(en.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Removes Razor expressions (@Model.X, @T("..."), @(...), @if (...) {) so only literal template text is left.</summary>
    private static string StripRazor(string text)
    {
        var sb = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '@') { sb.Append(text[i++]); continue; }
            i++;
            // A control keyword's condition follows a space: "@for (var i = 0; i < n; i++)".
            var keyword = Regex.Match(text[i..], @"^(if|for|foreach|while|switch)\s+(?=\()");
            if (keyword.Success) i += keyword.Length;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '(' or '['))
            {
                if (text[i] is '(' or '[')
                {
                    var depth = 0;
                    do
                    {
                        if (text[i] is '(' or '[') depth++;
                        else if (text[i] is ')' or ']') depth--;
                        else if (text[i] == '"') { i++; while (i < text.Length && text[i] != '"') i++; }
                        i++;
                    } while (i < text.Length && depth > 0);
                }
                else i++;
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void Razor_HasNoTextOutsideTheStringsFile()
    {
        var offenders = new List<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Repo, "theme"), "*.razor", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(f);
            text = Regex.Replace(text, @"@\*.*?\*@", "", RegexOptions.Singleline);
            var code = text.IndexOf("@code", StringComparison.Ordinal);
            if (code >= 0) text = text[..code];
            foreach (Match m in Regex.Matches(text, "(?:aria-label|alt|title|placeholder|Empty)=\"([^\"@]*)\""))
                if (Regex.IsMatch(m.Groups[1].Value, "[A-Za-z]{2,}")) offenders.Add($"{Path.GetFileName(f)}: attribute '{m.Value}'");
            text = StripRazor(text);
            foreach (Match m in Regex.Matches(text, ">([^<>]*)<"))
            {
                var between = m.Groups[1].Value;
                // Code between tags ("(x is not null) {", "} else {") is not text.
                if (between.Contains('{') || between.Contains('}')) continue;
                if (Regex.IsMatch(between, "[A-Za-z]{2,}")) offenders.Add($"{Path.GetFileName(f)}: '{between.Trim()}'");
            }
        }
        Assert.True(offenders.Count == 0, "interface text in templates, not in theme/strings:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void PageBuilders_HaveNoEnglishSentences()
    {
        // String literals of two or more words in the code that builds pages would be untranslatable text.
        var offenders = new List<string>();
        foreach (var dir in new[] { "src/Pages", "src/Formatting", "src/Charts" })
            foreach (var f in Directory.EnumerateFiles(Path.Combine(Repo, dir), "*.cs"))
            {
                var lines = File.ReadAllLines(f);
                for (var i = 0; i < lines.Length; i++)
                {
                    var line = Regex.Replace(lines[i], @"//.*$", "");
                    if (line.TrimStart().StartsWith("///", StringComparison.Ordinal) || lines[i].Contains("// not interface text", StringComparison.Ordinal)) continue;
                    foreach (Match m in Regex.Matches(line, "\\$?\"((?:[^\"\\\\]|\\\\.)*)\""))
                        if (!m.Groups[1].Value.Contains('<') && Regex.IsMatch(Regex.Replace(m.Groups[1].Value, "\\{[^}]*\\}", ""), "[A-Za-z]{2,} [A-Za-z]{2,}"))
                            offenders.Add($"{Path.GetFileName(f)}({i + 1}): {m.Value}");
                }
            }
        Assert.True(offenders.Count == 0, "English text in page builders, not in theme/strings:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("cy", 0, "zero")]
    [InlineData("cy", 1, "one")]
    [InlineData("cy", 2, "two")]
    [InlineData("cy", 3, "few")]
    [InlineData("cy", 6, "many")]
    [InlineData("cy", 4, "other")]
    [InlineData("cy", 1.5, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("en", 0, "other")]
    [InlineData("en", 2, "other")]
    public void PluralCategory_FollowsCldr(string lang, double n, string expected) => Assert.Equal(expected, Strings.Category(lang, n));

    [Fact]
    public void Placeholders_AreFilledByName_InAnyOrder()
    {
        var s = new Strings("en", new Dictionary<string, StringEntry>
        {
            ["a"] = new("{last}, then {first}; {unknown} stays", null),
            ["p"] = new(null, new Dictionary<string, string> { ["one"] = "{n} thing in {place}", ["other"] = "{n} things in {place}" }),
        });
        Assert.Equal("2, then 1; {unknown} stays", s.F("a", ("first", 1), ("last", 2)));
        Assert.Equal("1 thing in Leeds", s.P("p", 1, ("place", "Leeds")));
        Assert.Equal("1,200 things in Leeds", s.P("p", 1200, ("place", "Leeds")));
        Assert.Throws<KeyNotFoundException>(() => s["missing"]);
    }

    [Fact]
    public void SiteStrings_OverrideTheBundledOnes_KeyByKey()
    {
        using var site = new TempSite("minimal-site");
        site.Write("theme/strings/en.yml", "nav.home: Start\ncount.case-studies:\n  one: \"{n} story\"\n  other: \"{n} stories\"\n");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var home = site.Page("/");
        Assert.Contains(">Start</a>", home, StringComparison.Ordinal);
        Assert.Contains(">Principles</a>", home, StringComparison.Ordinal); // a key the site did not change keeps the bundled text
        Assert.Matches(@"\d+ (story|stories)", site.Page("/principles/"));
        Assert.DoesNotContain(">Home</a>", home, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteStrings_WithSeveralMistakes_ReportsEachLocated()
    {
        using var site = new TempSite("minimal-site");
        site.Write("theme/strings/en.yml", "nav.hme: Start\nsystem.population: \"{people} people\"\ncount.metrics: just text\ncount.reports:\n  one: x\n  lots: y\n");
        var result = site.Run("validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.StartsWith("theme/strings/en.yml(1,1): error SR0501", StringComparison.Ordinal) && e.Contains("did you mean 'nav.home'?", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("theme/strings/en.yml(2,20): error SR0502", StringComparison.Ordinal) && e.Contains("{population}", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("theme/strings/en.yml(6,3): error SR0502", StringComparison.Ordinal) && e.Contains("'lots'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("theme/strings/en.yml(5,3): error SR0502", StringComparison.Ordinal) && e.Contains("'other'", StringComparison.Ordinal));
        Assert.Equal(4, result.Errors.Count);
    }
}
