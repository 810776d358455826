using System.Text;
using StatiqReport.Content;
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
    public static int CaseStudy(string root, string system, string id, TextWriter stdout, TextWriter stderr)
    {
        if (!MapReader.IsId(system) || !MapReader.IsId(id))
            return Fail(stderr, $"ids are lower-case kebab-case, e.g. 'west-yorkshire' and '{MapReader.ToId(id)}'");
        if (NoSystem(root, system) is { } why) return Fail(stderr, why);
        var folder = Path.Combine(root, "data", "case-studies");
        var existing = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, id + ".yml", SearchOption.AllDirectories).FirstOrDefault() : null;
        if (existing is not null) return Fail(stderr, $"a case study with the id '{id}' already exists: {Path.GetRelativePath(root, existing)}");
        var today = DateOnly.FromDateTime(DateTime.Now);
        var organisation = SiteContents.SystemName(root, system) ?? "[[Name of an organisation involved]]";
        var text = CaseStudyStarter.Text(new CaseStudyStart(id, system, organisation, StarterSite.PeriodOf(today), today));
        return Write(root, $"data/case-studies/{id}.yml", $"a case study of {system}", text, stdout, stderr);
    }

    public static int Report(string root, string system, string period, TextWriter stdout, TextWriter stderr)
    {
        if (!MapReader.IsId(system)) return Fail(stderr, $"'{system}' is not a system id; ids are lower-case kebab-case, e.g. 'west-yorkshire'");
        if (!Period.TryParse(period, out var p)) return Fail(stderr, MapReader.PeriodHint(period, "period"));
        if (NoSystem(root, system) is { } why) return Fail(stderr, why);
        var text = ReportStarter.Text(SiteContents.ForReport(root, system, p.Value));
        return Write(root, $"input/reports/{system}/{p.Value.Id}.md", $"the {p.Value.Display} report of {system}", text, stdout, stderr);
    }

    private static string? NoSystem(string root, string system)
    {
        if (File.Exists(Path.Combine(root, "data", "systems", system + ".yml"))) return null;
        var here = Directory.GetCurrentDirectory();
        // The commonest cause is running the command outside the site's folder.
        return Directory.Exists(Path.Combine(root, "data", "systems"))
            ? $"there is no system '{system}': add data/systems/{system}.yml first, or use the id of one of the files in data/systems/"
            : $"{NextCommand.PathFromHere(root, here)} is not a site folder (it has no data/systems/): run the command in your site's folder, or name it with --root";
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
