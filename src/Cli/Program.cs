using System.CommandLine;
using StatiqReport.Output;
using StatiqReport.Pipeline;

namespace StatiqReport.Cli;

/// <summary>The command line of the contract: build (the default), validate, preview.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // For --timings: how long the process took to reach Main (runtime start, loading, JIT of start-up code).
        _startUp = DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime;
        try
        {
            // Questions are asked only on a terminal; piped or scripted input is never read.
            return Run(args, Console.Out, Console.Error, Console.IsInputRedirected ? null : Console.In);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"error SR9999: internal failure: {e.GetType().Name}: {e.Message}. This is a bug in StatiqReport, not in your content; please report it with this message.");
            if (Environment.GetEnvironmentVariable("STATIQREPORT_DEBUG") is "1" or "true") Console.Error.WriteLine(e);
            return ExitCodes.UsageOrInternal;
        }
    }

    /// <param name="input">The terminal to ask questions on (`new site`), or null to never ask.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? input = null)
    {
        var rootOption = new Option<string>("--root") { Description = "The site root: the folder holding data/, input/ and theme/. Default: the current folder." };
        var outputOption = new Option<string?>("--output", "-o") { Description = "Where to write the site. Default: <root>/output. Replaced whole when the build succeeds." };
        var baseUrlOption = new Option<string?>("--base-url") { Description = "The path the site is served under, e.g. /anchors/ for https://example.github.io/anchors/ (or the full address)." };
        var pdfOption = new Option<bool>("--pdf") { Description = "Also print each annual report as a tagged A4 PDF beside its page (needs Microsoft Edge, Google Chrome or Chromium)." };
        var noCacheOption = new Option<bool>("--no-cache") { Description = "Reuse nothing from earlier builds: draw every chart afresh and keep none (a cold build)." };
        var allowPlaceholdersOption = new Option<bool>("--allow-placeholders")
        { Description = "Build although starter text written [[like this]] is left, for a first look: the pages show it highlighted. Never publish such a build." };
        var timingsOption = new Option<bool>("--timings") { Description = "Also print how long each stage of the build took (for measuring)." };
        var adminOption = new Option<bool>("--admin") { Description = "Also write the forms for editing the site online at /admin/ (needs repository: owner/name in data/site.yml)." };
        var portOption = new Option<int>("--port") { Description = "The port to serve on (127.0.0.1 only). Default: 5080.", DefaultValueFactory = _ => 5080 };

        var build = new Command("build", "Build the site from <root>/data and <root>/input into the output folder (the default command).")
            { rootOption, outputOption, baseUrlOption, pdfOption, noCacheOption, allowPlaceholdersOption, timingsOption, adminOption };
        var validate = new Command("validate", "Check all content and report every error; writes nothing.") { rootOption };
        var preview = new Command("preview", "Build, serve the site on 127.0.0.1, and rebuild and reload the browser when a file changes.")
            { rootOption, portOption, baseUrlOption, allowPlaceholdersOption };

        int code = ExitCodes.Success;
        // Both words are optional to the parser, so that "new case-study community-garden" (one system, or --system)
        // and a missing word are answered by NewCommand in plain words rather than by the parser.
        var systemArg = new Argument<string?>("system") { Description = "The system's id (a file name in data/systems/). Leave it out when the site has one system, or give --system.", Arity = ArgumentArity.ZeroOrOne };
        var idArg = new Argument<string?>("id") { Description = "The new case study's id, e.g. leeds-flipped-recruitment.", Arity = ArgumentArity.ZeroOrOne };
        var periodArg = new Argument<string?>("period") { Description = "The financial year, e.g. 2024-25.", Arity = ArgumentArity.ZeroOrOne };
        var forSystemOption = new Option<string?>("--system") { Description = "The system's id, instead of giving it before the other word." };
        var newCaseStudy = new Command("case-study", "Write a commented starting file data/case-studies/<id>.yml.") { systemArg, idArg, forSystemOption, rootOption };
        var newReport = new Command("report", "Write a commented starting file input/reports/<system>/<period>.md.") { systemArg, periodArg, forSystemOption, rootOption };
        var folderArg = new Argument<string?>("folder") { Description = "The new site's folder (new or empty). Default: the current folder.", Arity = ArgumentArity.ZeroOrOne };
        var systemOption = new Option<string?>("--system") { Description = "The system's id, in lower case with hyphens, e.g. west-yorkshire or hywel-dda." };
        var nameOption = new Option<string?>("--name") { Description = "The system's full name, e.g. \"West Yorkshire Health and Care Partnership\" (known systems are filled in)." };
        var typeOption = new Option<string?>("--type") { Description = "ICS (an integrated care system in England) or LHB (a local health board in Wales)." };
        var nationOption = new Option<string?>("--nation") { Description = "England or Wales. A Welsh board's site is in English and Welsh from the start." };
        var newSite = new Command("site", "Start a complete one-system site in a new or empty folder: settings, catalogues, your system, a case study, a report, figures, an accessibility statement and a GitHub Pages workflow.")
            { folderArg, systemOption, nameOption, typeOption, nationOption };
        newSite.SetAction(r => code = Starter.NewSiteCommand.Run(
            new Starter.NewSiteRequest(r.GetValue(folderArg), r.GetValue(systemOption), r.GetValue(nameOption), r.GetValue(typeOption), r.GetValue(nationOption)),
            input, stdout, stderr, DateOnly.FromDateTime(DateTime.Now), Invocation.Command));
        var newCommand = new Command("new", "Start a new site, case study or annual report from commented starter files.") { newSite, newCaseStudy, newReport };
        newCaseStudy.SetAction(r => code = NewCommand.CaseStudy(r.GetValue(rootOption), r.GetValue(systemArg), r.GetValue(idArg), r.GetValue(forSystemOption), stdout, stderr));
        newReport.SetAction(r => code = NewCommand.Report(r.GetValue(rootOption), r.GetValue(systemArg), r.GetValue(periodArg), r.GetValue(forSystemOption), stdout, stderr));

        var command = new RootCommand(
            "StatiqReport builds an accessible public website of NHS anchor impact - case studies, figures and annual reports - " +
            "from YAML, CSV and Markdown. Run with no command to build the site in the current folder.")
        { build, validate, preview, newCommand, rootOption, outputOption, baseUrlOption, pdfOption, noCacheOption, allowPlaceholdersOption, timingsOption, adminOption };

        int BuildFrom(ParseResult r) => Build(r.GetValue(rootOption), r.GetValue(outputOption), r.GetValue(baseUrlOption),
            new BuildFlags(r.GetValue(pdfOption), r.GetValue(noCacheOption), r.GetValue(allowPlaceholdersOption), r.GetValue(timingsOption), r.GetValue(adminOption)), stdout, stderr);
        command.SetAction(r => code = BuildFrom(r));
        build.SetAction(r => code = BuildFrom(r));
        validate.SetAction(r => code = Validate(r.GetValue(rootOption), stdout, stderr));
        preview.SetAction(r => code = Preview.PreviewServer.Run(RootOf(r.GetValue(rootOption), stdout), r.GetValue(portOption), r.GetValue(baseUrlOption), stdout, stderr,
            r.GetValue(allowPlaceholdersOption)));

        var parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            if (SpacedWords(args, parsed.UnmatchedTokens) is { } spaced)
            {
                stderr.WriteLine($"error: {spaced}");
                return ExitCodes.UsageOrInternal;
            }
            foreach (var e in parsed.Errors) stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.UsageOrInternal;
        }
        var invoked = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        return invoked != 0 && code == ExitCodes.Success ? ExitCodes.UsageOrInternal : code;
    }

    /// <summary>
    /// "new case-study Community Garden Project" or "--system West Yorkshire Health and Care Partnership": a name with
    /// spaces, typed without quotes, is several words to the shell. The words joined, and what to type; null otherwise.
    /// </summary>
    internal static string? SpacedWords(string[] args, IReadOnlyList<string> unmatched)
    {
        if (args is not ["new", _, ..] || unmatched.Count == 0) return null;
        var first = Array.IndexOf(args, unmatched[0]);
        if (first < 2 || unmatched.Any(u => u.StartsWith('-'))) return null;
        var start = first - 1;
        var end = first + unmatched.Count;
        // "new case-study Community Garden Project": the first two words were taken as the system and the id.
        if (args[1] == "case-study" && !args[2..first].Any(a => a.StartsWith('-'))) start = 2;
        if (end > args.Length || !args[first..end].SequenceEqual(unmatched) || args[start].StartsWith('-')) return null;
        var words = string.Join(' ', args[start..end]);
        var option = start >= 1 && args[start - 1].StartsWith("--", StringComparison.Ordinal) ? args[start - 1] + " " : "";
        var id = Content.MapReader.ToId(words);
        var known = option == "--system " ? Starter.KnownSystems.Resembling(words) : null;
        return option == "--system "
            ? $"'{words}' has spaces, so it was read as {end - start} separate words: put quotes around a name, as in --system \"{words}\""
              + (known is null ? "" : $", or give its id, as in --system {known.Id}")
            : $"'{words}' has spaces, so it was read as {end - start} separate words: give the id, lower-case words joined by hyphens, as in {option}{id}"
              + $" (or put quotes around the name: {option}\"{words}\")";
    }

    private static string RootOf(string? root, TextWriter stdout) => SiteFolder.Of(root, stdout);

    /// <summary>The switches of a build.</summary>
    private sealed record BuildFlags(bool Pdf, bool NoCache, bool AllowPlaceholders, bool Timings, bool Admin = false);

    private static int Build(string? rootArg, string? outputArg, string? baseUrl, BuildFlags flags, TextWriter stdout, TextWriter stderr)
    {
        var (pdf, noCache) = (flags.Pdf, flags.NoCache);
        var root = RootOf(rootArg, stdout);
        if (!Directory.Exists(root)) return Usage(stderr, $"the root folder '{root}' does not exist");
        if (baseUrl is not null && !BaseUrlIsValid(baseUrl)) return Usage(stderr, $"--base-url '{baseUrl}' must be a path such as /anchors/ or an https:// address");
        var output = Path.GetFullPath(outputArg ?? Path.Combine(root, "output"));
        if (OutputGuard.Check(root, output) is { } why) return Usage(stderr, why);
        if (pdf && !Chromium.Available) return Usage(stderr, $"--pdf: {Chromium.Missing}");

        stdout.WriteLine($"Building {root}");
        var hadOutput = File.Exists(Path.Combine(output, OutputGuard.Marker));
        using var cancel = new CancellationTokenSource();
        using var signals = StopSignals.Register(cancel, stdout, Environment.NewLine + "Stopping the build (press Ctrl+C again to end it at once)...");
        BuildResult result;
        try
        {
            result = new BuildPipeline(new BuildSettings(root, output, baseUrl, pdf, noCache, AllowPlaceholders: flags.AllowPlaceholders, Admin: flags.Admin), Progress(stdout)).Run(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            ClearProgress(stdout);
            stderr.WriteLine($"Build stopped. Nothing was written{(hadOutput ? "; the previous output is unchanged" : "")}.");
            return ExitCodes.Stopped;
        }
        catch (OutputBusyException e)
        {
            ClearProgress(stdout);
            return Usage(stderr, e.Message);
        }
        ClearProgress(stdout);
        return Report(result, stdout, stderr, "Build", firstBuild: !hadOutput, timings: flags.Timings);
    }

    /// <summary>
    /// Progress while building: on a terminal, one line that updates in place; when output is redirected
    /// or CI=true, plain lines (a live display would print nothing useful to a log).
    /// </summary>
    private static Action<string> Progress(TextWriter stdout) =>
        Live(stdout) ? m => stdout.Write($"\r\u001b[2K  {m}") : m => stdout.WriteLine($"  {m}");

    private static void ClearProgress(TextWriter stdout)
    {
        if (Live(stdout)) stdout.Write("\r\u001b[2K");
    }

    private static bool Live(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is not ("true" or "1");

    private static int Validate(string? rootArg, TextWriter stdout, TextWriter stderr)
    {
        var root = RootOf(rootArg, stdout);
        if (!Directory.Exists(root)) return Usage(stderr, $"the root folder '{root}' does not exist");
        var result = new BuildPipeline(new BuildSettings(root, null, null)).Run();
        return Report(result, stdout, stderr, "Validation");
    }

    /// <summary>Prints a build's diagnostics and its one-line outcome, saying only what the command did.</summary>
    /// <param name="what">"Build", "Validation" or "Preview build N".</param>
    /// <param name="firstBuild">No earlier output exists, so a failure has no "previous output" to keep.</param>
    /// <param name="timings">Also print the time of each stage (`--timings`, for the benchmark).</param>
    private static TimeSpan? _startUp;

    internal static int Report(BuildResult result, TextWriter stdout, TextWriter stderr, string what, bool firstBuild = false, bool timings = false)
    {
        foreach (var d in result.Diagnostics) stderr.WriteLine(d.ToString());
        var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var placeholders = result.Diagnostics.Where(d => d.Code == Diagnostics.ErrorCodes.Placeholder && d.Severity == Diagnostics.Severity.Error).ToList();
        var validation = what == "Validation";
        if (!result.Succeeded)
        {
            var unchanged = validation ? "" : firstBuild ? " Nothing was written." : " Nothing was written; the previous output is unchanged.";
            stderr.WriteLine($"{what} failed: {Count(errors, "error")}{(warnings > 0 ? $", {Count(warnings, "warning")}" : "")}.{unchanged}");
            if (placeholders.Count > 0)
            {
                var files = placeholders.Select(d => d.Location.Path).Distinct().Count();
                stderr.WriteLine($"{Starter.Placeholders.Pieces(placeholders.Count)} of starter text remain{(placeholders.Count == 1 ? "s" : "")} to be replaced, in {Count(files, "file")}"
                    + $"{(placeholders.Count == errors ? "" : $", and {Count(errors - placeholders.Count, "other error")} to fix")}. To look at the site first, use preview --allow-placeholders.");
            }
            return ExitCodes.ContentErrors;
        }
        var time = timings ? " (" + (_startUp is { } up ? $"start-up {up.TotalMilliseconds:0} ms, " : "") + string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Time.TotalMilliseconds:0} ms")) + ")" : "";
        var made = validation ? $"no errors in {Count(result.Pages, "page")} checked" : $"{Count(result.Pages, "page")}, {Count(result.Files, "file")}";
        stdout.WriteLine($"{what} succeeded: {made}, {Count(warnings, "warning")}{time}.");
        if (what == "Build" && !result.PublicAddressKnown) stdout.WriteLine(NoAddressNote);
        return ExitCodes.Success;
    }

    /// <summary>Said once per build without the site's address: what is missing from the pages, and the fix.</summary>
    internal const string NoAddressNote = "Note: data/site.yml has no url, so the pages do not name their public address for search engines and link previews, "
        + "and the sitemap lists no pages. When you know where the site is published, add it to data/site.yml, e.g. url: https://your-organisation.github.io/anchors/";

    /// <summary>"1 error", "3 errors", "1,200 pages".</summary>
    internal static string Count(int n, string noun) => $"{n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.UsageOrInternal;
    }

    internal static bool BaseUrlIsValid(string baseUrl)
    {
        if (baseUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '\\' or '?' or '#')) return false;
        if (baseUrl.StartsWith('/')) return !baseUrl.StartsWith("//", StringComparison.Ordinal) && !baseUrl.Split('/').Contains("..");
        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);
    }
}
