using StatiqReport.Cli;
using StatiqReport.Content;
using StatiqReport.Diagnostics;

namespace StatiqReport.Starter;

/// <summary>What `new site` was given on the command line; null where an option was left out.</summary>
public sealed record NewSiteRequest(string? Folder, string? System, string? Name, string? Type, string? Nation);

/// <summary>
/// `new site [DIR] --system id --name "..." --type ICS|LHB --nation England|Wales`: writes a complete
/// one-system site into a new or empty folder. Details of the 49 systems the program knows are filled
/// in; what is still missing is asked for on a terminal, and named as the option to add otherwise.
/// </summary>
public static class NewSiteCommand
{
    private static readonly string[] Types = ["ICS", "LHB"];
    private static readonly string[] Nations = ["England", "Wales"];

    /// <param name="input">The terminal to ask on, or null when input is not a terminal (never ask then).</param>
    public static int Run(NewSiteRequest request, TextReader? input, TextWriter stdout, TextWriter stderr, DateOnly today, string command)
    {
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(request.Folder) ? Directory.GetCurrentDirectory() : request.Folder);
        if (NotEmpty(folder) is { } why) return Fail(stderr, why);

        var ask = new Asker(input, stdout);
        // A body the program does not know may give only its name: its id is made from it, and said.
        var derived = request.System is null && request.Name is not null ? MapReader.ToId(request.Name) : null;
        if (derived is not null) stdout.WriteLine($"The site's id for {request.Name!.Trim()} is '{derived}' (its address, /systems/{derived}/); give --system to choose another.");
        var system = request.System ?? derived
            ?? ask.For("The system's id: its name in lower case with hyphens, e.g. west-yorkshire or hywel-dda", a => MapReader.IsId(a) ? null : IdHint(a));
        if (system is null) return Fail(stderr, ask.Missing("--system", "which system the site is for, e.g. --system west-yorkshire"));
        system = system.Trim();
        if (!MapReader.IsId(system)) return Fail(stderr, IdHint(system));

        var known = KnownSystems.Find(system);
        // "--system west-yorks": a slip for a known system's id is answered with it, rather than starting a new body.
        if (known is null && request.Name is null && Suggest.Closest(system, KnownSystems.All.Select(k => k.Id).ToList()) is { } meant)
            return Fail(stderr, $"there is no known system '{system}'; did you mean --system {meant} ({KnownSystems.Find(meant)!.Name})? "
                + "For a body the program does not know, give its full name too, with --name \"...\"");
        var name = request.Name ?? known?.Name ?? ask.For("The system's full name, e.g. West Yorkshire Health and Care Partnership", NameProblem);
        if (name is null) return Fail(stderr, ask.Missing("--name", "the system's full name, e.g. --name \"West Yorkshire Health and Care Partnership\""));
        name = name.Trim();
        if (NameProblem(name) is { } bad) return Fail(stderr, bad);

        var type = Normalise(request.Type, Types);
        var nation = Normalise(request.Nation, Nations);
        if (request.Type is not null && type is null) return Fail(stderr, $"--type must be ICS (an integrated care system in England) or LHB (a local health board in Wales), not '{request.Type}'");
        if (request.Nation is not null && nation is null) return Fail(stderr, $"--nation must be England or Wales, not '{request.Nation}'");
        // An ICS is in England and a local health board in Wales: either one says the other.
        type ??= nation is null ? known?.Type : nation == "Wales" ? "LHB" : "ICS";
        nation ??= type is null ? known?.Nation : type == "LHB" ? "Wales" : "England";
        if (type is null)
        {
            var answer = ask.For("ICS (an integrated care system in England) or LHB (a local health board in Wales)?",
                a => Normalise(a, Types) is null ? $"the type must be ICS or LHB, not '{a}'" : null);
            if (answer is null) return Fail(stderr, ask.Missing("--type", "--type ICS (England) or --type LHB (Wales)"));
            type = Normalise(answer, Types)!;
            nation = type == "LHB" ? "Wales" : "England";
        }
        if ((type == "LHB") != (nation == "Wales"))
            return Fail(stderr, "an ICS is in England and a local health board (LHB) in Wales: use --type ICS --nation England, or --type LHB --nation Wales");

        var sameBody = known is not null && known.Name == name;
        var options = new StarterOptions(system, name, type, nation!, sameBody ? known!.Region : null, sameBody ? known!.WelshName : null,
            StarterSite.PeriodOf(today), today, command);
        var files = StarterSite.Files(options);
        try
        {
            StarterSite.Write(folder, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, $"cannot write the site into {folder}: {e.Message}. Choose a folder you can write to, e.g. in your Documents");
        }

        var pieces = files.Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal) || f.Path.StartsWith("input/", StringComparison.Ordinal))
            .Sum(f => f.StarterText().Count);
        stdout.WriteLine($"Started a site for {name} in {folder}{(options.Welsh ? ", in English and Welsh" : "")}: {files.Count} files.");
        stdout.WriteLine();
        stdout.WriteLine($"Text written [[like this]] is starter text for you to replace: {Placeholders.Pieces(pieces)} of it. Until it is all");
        stdout.WriteLine("replaced the site will not build, so nothing is published by mistake. Next:");
        stdout.WriteLine();
        stdout.WriteLine($"  cd {Quote(folder)}");
        stdout.WriteLine($"  {command} preview --allow-placeholders    (look at the site; starter text is highlighted)");
        stdout.WriteLine($"  {command} validate                        (list every piece of starter text and mistake left)");
        stdout.WriteLine();
        stdout.WriteLine("README.md in the new folder says what each file is for and how to publish the site on GitHub Pages.");
        return ExitCodes.Success;
    }

    /// <summary>Why the folder cannot take a new site, or null. A folder holding only .git (a fresh clone) is taken.</summary>
    private static string? NotEmpty(string folder)
    {
        if (File.Exists(folder)) return $"'{folder}' is a file, not a folder; name a new folder for the site";
        if (!Directory.Exists(folder)) return null;
        var entries = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Where(n => n != ".git").ToList();
        if (entries.Count == 0) return null;
        return $"the folder {folder} is not empty (it holds {entries.Order(StringComparer.Ordinal).First()}{(entries.Count > 1 ? $" and {entries.Count - 1} more" : "")}); "
            + "new site only writes into a new or empty folder, so nothing of yours is overwritten. Name a new folder, e.g. new site my-anchor-site --system ...";
    }

    private static string IdHint(string system)
    {
        var like = KnownSystems.Resembling(system);
        var id = like?.Id ?? MapReader.ToId(system);
        return $"'{system}' is not a system id: an id is written in lower case with hyphens, e.g. --system {id}"
            + (like is not null ? $" ({like.Name})" : "");
    }

    private static string? NameProblem(string name)
    {
        if (name.Length == 0) return "--name must not be empty";
        if (name.Length > 150) return "--name is longer than 150 characters; give the system's name only";
        if (name.Any(char.IsControl) || name.Contains('"', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal)
            || name.Contains("[[", StringComparison.Ordinal) || name.Contains("]]", StringComparison.Ordinal))
            return "--name must be plain text without quotes, backslashes or [[ ]]; write the name as it appears on your website";
        return null;
    }

    private static string? Normalise(string? text, string[] allowed) =>
        text is null ? null : allowed.FirstOrDefault(a => a.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.UsageOrInternal;
    }

    /// <summary>
    /// Asks on a terminal; never when there is none (a script or CI), where the missing option is named instead.
    /// A wrong or empty answer is explained and asked again, a few times, rather than ending the command.
    /// </summary>
    private sealed class Asker(TextReader? input, TextWriter stdout)
    {
        private const int Tries = 3;
        private string? _lastProblem;

        /// <param name="problem">What is wrong with an answer, or null when it will do.</param>
        public string? For(string question, Func<string, string?> problem)
        {
            if (input is null) return null;
            for (var attempt = 1; attempt <= Tries; attempt++)
            {
                stdout.Write($"{question}: ");
                stdout.Flush();
                var line = input.ReadLine();
                if (line is null) return null; // the input ended: nobody is there to answer
                var answer = line.Trim();
                _lastProblem = answer.Length == 0 ? "no answer was given" : problem(answer);
                if (_lastProblem is null) return answer;
                if (attempt < Tries) stdout.WriteLine($"  {Capital(_lastProblem)}. Please try again.");
            }
            return null;
        }

        public string Missing(string option, string what) => input is null
            ? $"say {what} (the {option} option); new site asks only when run in a terminal"
            : $"{_lastProblem ?? "no answer was given"}; run new site again with {option}: {what}";

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
