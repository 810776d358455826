using System.Text;
using StatiqReport.Content;
using StatiqReport.Diagnostics;
using StatiqReport.Model;
using StatiqReport.Starter;

namespace StatiqReport.Cli;

/// <summary>
/// `new case-study` and `new report`: write the same starter file as `new site` does, into an existing site.
/// Its starter text, written [[like this]], stops the build until it is replaced (error SR0701), so an
/// unedited starter is never published; once replaced, the file validates.
/// </summary>
public static class NewCommand
{
    /// <summary>
    /// `new case-study [system] id`: the system may also be given with --system (as for `new site`) or left out
    /// when the site has one system; run inside data/case-studies/ or a folder under it, the file is written there.
    /// </summary>
    public static int CaseStudy(string? rootArg, string? first, string? second, string? systemOption, TextWriter stdout, TextWriter stderr)
    {
        var here = Directory.GetCurrentDirectory();
        var root = RootOf(rootArg, here);
        // "new case-study hospital-food north-east-london": the words the other way round.
        if (first is not null && second is not null && SystemIds(root).Contains(second) && !SystemIds(root).Contains(first)) (first, second) = (second, first);
        var (systemWord, id) = second is not null ? (first, second) : (systemOption, first);
        if (id is null)
            return Fail(stderr, $"name the new case study, in lower-case words joined by hyphens: {Invocation.Command} new case-study community-garden (it is written as data/case-studies/community-garden.yml)");
        if (!MapReader.IsId(id))
            return Fail(stderr, $"'{id}' cannot be a case study's id, which is also its file name and web address: use lower-case words joined by hyphens, e.g. {MapReader.ToId(id)}");
        if (SystemOf(root, systemWord) is not { } system) return Fail(stderr, SystemProblem(root, systemWord, "new case-study <system> " + id));
        var folder = Path.Combine(root, "data", "case-studies");
        var existing = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, id + ".yml", SearchOption.AllDirectories).FirstOrDefault() : null;
        if (existing is not null) return Fail(stderr, $"a case study with the id '{id}' already exists: {Path.GetRelativePath(root, existing)}");
        var today = DateOnly.FromDateTime(DateTime.Now);
        var organisation = SiteContents.SystemName(root, system) ?? "[[Name of an organisation involved]]";
        var text = CaseStudyStarter.Text(new CaseStudyStart(id, system, organisation, StarterSite.PeriodOf(today), today));
        return Write(root, $"{CaseStudyFolder(root, here)}/{id}.yml", $"a case study of {system}", text, stdout, stderr);
    }

    /// <summary>`new report [system] period`, the system given as for <see cref="CaseStudy"/>; "2024-25 northshire" is read either way round.</summary>
    public static int Report(string? rootArg, string? first, string? second, string? systemOption, TextWriter stdout, TextWriter stderr)
    {
        var root = RootOf(rootArg, Directory.GetCurrentDirectory());
        if (first is not null && second is not null && Period.TryParse(first, out _) && !Period.TryParse(second, out _)) (first, second) = (second, first);
        var (systemWord, period) = second is not null ? (first, second) : (systemOption, first);
        if (period is null) return Fail(stderr, $"name the financial year of the report: {Invocation.Command} new report 2024-25");
        if (!Period.TryParse(period, out var p)) return Fail(stderr, MapReader.PeriodHint(period, "period"));
        if (SystemOf(root, systemWord) is not { } system) return Fail(stderr, SystemProblem(root, systemWord, "new report <system> " + p.Value.Id));
        var text = ReportStarter.Text(SiteContents.ForReport(root, system, p.Value));
        return Write(root, $"input/reports/{system}/{p.Value.Id}.md", $"the {p.Value.Display} report of {system}", text, stdout, stderr);
    }

    /// <summary>The site folder (<see cref="SiteFolder"/>).</summary>
    private static string RootOf(string? rootArg, string here) => SiteFolder.Of(rootArg, here);

    // Inside data/case-studies/2024/ the new file goes beside the others there; anywhere else, in data/case-studies/.
    private static string CaseStudyFolder(string root, string here)
    {
        var rel = Path.GetRelativePath(Path.Combine(root, "data", "case-studies"), here);
        return rel == "." || rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel)
            ? "data/case-studies" : "data/case-studies/" + rel.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static List<string> SystemIds(string root)
    {
        var folder = Path.Combine(root, "data", "systems");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList() : [];
    }

    /// <summary>
    /// The system's id: as given, the only system when none is given, or the system whose full name was given
    /// ("Northshire Integrated Care System"), which is unambiguous; null when it cannot be told.
    /// </summary>
    private static string? SystemOf(string root, string? given)
    {
        var ids = SystemIds(root);
        if (given is null) return ids.Count == 1 ? ids[0] : null;
        if (ids.Contains(given)) return given;
        var named = SystemLoader.Load(new ContentRoot(root), new DiagnosticBag(), new ReferenceList())
            .Where(s => string.Equals(s.Name.Trim(), given.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => s.Id).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static string SystemProblem(string root, string? given, string usage)
    {
        var ids = SystemIds(root);
        if (!Directory.Exists(Path.Combine(root, "data", "systems")))
            return $"{NextCommand.PathFromHere(root, Directory.GetCurrentDirectory())} is not a site folder (it has no data/systems/): run the command in your site's folder, or name it with --root";
        if (ids.Count == 0) return "the site has no systems yet: add data/systems/<id>.yml first (see the README)";
        if (given is null)
            return $"this site has {ids.Count} systems, so say which one: {Invocation.Command} {usage.Replace("<system>", ids[0], StringComparison.Ordinal)} (the systems are {string.Join(", ", ids)})";
        var near = Suggest.Closest(MapReader.ToId(given), ids);
        return near is not null
            ? $"there is no system '{given}'; did you mean {near}? Write {Invocation.Command} {usage.Replace("<system>", near, StringComparison.Ordinal)}"
            : $"there is no system '{given}': use the id of one of the files in data/systems/ ({string.Join(", ", ids)}), or add data/systems/{MapReader.ToId(given)}.yml first";
    }

    private static int Write(string root, string rel, string what, string text, TextWriter stdout, TextWriter stderr)
    {
        var full = Path.Combine(root, rel.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(full)) return Fail(stderr, $"{rel} already exists; nothing was written");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, $"cannot write {rel}: {e.Message}. Check that the site's folder is one you can write to");
        }
        var here = Directory.GetCurrentDirectory();
        var pieces = Placeholders.Find(text, rel).Count;
        stdout.WriteLine($"Wrote {NextCommand.PathFromHere(full, here)}: {what}, for you to fill in.");
        stdout.WriteLine($"Text written [[like this]] is starter text to replace with your own words, brackets too: {Placeholders.Pieces(pieces)} of it.");
        stdout.WriteLine("Until it is all replaced the site will not build, so nothing is published by mistake. Optional keys are");
        stdout.WriteLine("there too, after a #: delete the # to use one. To list what is left to do:");
        stdout.WriteLine();
        stdout.WriteLine($"  {NextCommand.For(Invocation.Command, "validate", root, here)}");
        return ExitCodes.Success;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.UsageOrInternal;
    }
}
