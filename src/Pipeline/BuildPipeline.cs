using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StatiqReport.Content;
using StatiqReport.Diagnostics;
using StatiqReport.Output;
using StatiqReport.Pages;
using StatiqReport.Rendering;
using StatiqReport.Routing;

namespace StatiqReport.Pipeline;

/// <summary>
/// The build, in Statiq's spirit but typed and small: content flows one way through named stages
/// (load and validate → model → plan → render → check → write). Nothing is written until every
/// stage has succeeded; then the site is swapped in at once (a first build) or its changed files are
/// moved in under a journal (every later build, <see cref="JournalSink"/>).
/// </summary>
public sealed class BuildPipeline(BuildSettings settings, Action<string>? progress = null)
{
    private readonly List<(string, TimeSpan)> _timings = [];
    private string? _basePath;
    private bool _publicAddress;

    private CancellationToken _cancel;

    /// <summary>Runs the build; a cancelled one stops at its next step with <see cref="OperationCanceledException"/>, having changed nothing.</summary>
    public BuildResult Run(CancellationToken cancel = default)
    {
        _cancel = cancel;
        var diags = new DiagnosticBag();
        // The output's lock is taken first, and what a killed earlier build left is tidied (its previous
        // output put back) even when this build then fails on its content.
        // A first build stages the whole site and renames it in; later ones update the output in place, journaled.
        using IFolderSink? staging = settings.Output is null ? null : Stage("open output", () => StagingSink.Open(settings.Output, sweep: settings.NoCache));
        var root = new ContentRoot(settings.Root);

        // Load and validate: every content kind into a typed model; every error collected.
        var refs = new ReferenceList();
        // Case studies parsed by an earlier build are reused by a hash of their bytes (not with --no-cache, nor for validate).
        var contentCache = settings.Output is null || settings.NoCache ? null : new ContentCache(Charts.ChartService.CacheRoot, root);
        var site = Stage("load and validate", () => ContentLoader.Load(root, diags, refs, contentCache, settings.AllowPlaceholders));
        if (site is not null && contentCache is not null) Stage("keep parsed content", () => { contentCache.Save(); return 0; });
        if (site is null) return Result(diags, 0, 0);
        // The forms online save to GitHub: without the repository they could only fail.
        if (settings.Admin && site.Settings.Repository is null)
        {
            diags.Error(SourceLocation.File("data/site.yml"), ErrorCodes.AdminRepository,
                "build --admin writes forms that save to the site's GitHub repository; add 'repository: owner/name' to data/site.yml (e.g. repository: west-yorkshire-hcp/anchors)");
            return Result(diags, 0, 0);
        }

        // Model: lookups and shared view parts.
        var urls = new SiteUrls(settings.BaseUrl, site.Settings.Url);
        _basePath = urls.BasePath;
        _publicAddress = urls.Origin is not null;
        var charts = settings.NoCache ? new Charts.ChartService(reuse: false) : new Charts.ChartService(Charts.ChartService.DefaultCacheFolder);
        var bilingual = site.Welsh is not null;
        // Fingerprints of what each reusable page is made from: a page whose inputs did not change is taken from the previous output.
        // (--no-cache reuses nothing, but still records the fingerprints for the next build.)
        var fingerprints = settings.Output is null ? null : Stage("fingerprint", () => new Fingerprints(root, site, settings, bilingual));
        var assets = Stage("theme assets", () => ThemeAssets.Collect(root, settings.Output is null || settings.NoCache ? null : Path.Combine(Charts.ChartService.CacheRoot, "assets")));
        var ctx = Stage("model", () => new PageContext(site, urls, charts, bilingual ? site.Interface["en"] : site.MainStrings)
            { Bilingual = bilingual, Fingerprints = fingerprints, Admin = settings.Admin, AssetVersion = assets.Version });
        // Welsh: the same pages under /cy/, from the Welsh model and the Welsh interface strings.
        var cy = site.Welsh is { } w ? new PageContext(w, urls, charts, site.Interface["cy"]) { LanguagePrefix = "/cy", Bilingual = true, Fingerprints = fingerprints, AssetVersion = assets.Version } : null;

        // Plan: one piece of work per output file; nothing is made yet.
        var work = Stage("plan", () =>
        {
            // The data files first: they are few but large, and are made alongside the pages.
            var work = new DataFiles(ctx).Independent().Concat(cy is null ? [] : new DataFiles(cy).Localised().Select(make => new Work(make))).ToList();
            foreach (var c in cy is null ? [ctx] : new[] { ctx, cy })
            {
                var sitePages = new SitePages(c);
                work.AddRange(sitePages.All().Concat(new ReportPages(c, sitePages, settings.Pdf).All()));
            }
            return work;
        });

        // Render: each page is made (charts drawn), rendered, scanned for links and streamed out in
        // parallel, one Razor renderer per thread, so the site is never held in memory whole. Files go
        // to a staging folder that is swapped in only when everything below has succeeded.
        IOutputSink sink = staging ?? (IOutputSink)new MemorySink();
        var scans = new ConcurrentBag<LinkChecker.PageScan>();
        var pages = new ConcurrentBag<(string Route, DateOnly? Updated)>();
        var (drawn, reusedFiles) = (0, 0); // share cards drawn; reusable files that are not pages (share cards, workbooks) reused from the previous build
        Stage("render", () =>
        {
            using var razor = new RazorRenderer();
            // One item at a time per worker (not ranges), so a worker that meets a large item does not hold back the rest.
            var partitioner = System.Collections.Concurrent.Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(partitioner, new ParallelOptions { CancellationToken = cancel }, w =>
            {
                if (w.Key is not null && !settings.NoCache && staging?.TryReuse(w.File!, w.Key) is { } reused)
                {
                    if (!w.IsPage) { Interlocked.Increment(ref reusedFiles); return; }
                    scans.Add(reused.Scan);
                    pages.Add((reused.Route, reused.Updated));
                    return;
                }
                switch (w.Make())
                {
                    case PageJob job:
                        var html = razor.Render(job.Component, job.Model, job.Strings);
                        if (settings.AllowPlaceholders) html = Starter.Placeholders.Highlight(html);
                        var scan = LinkChecker.Scan(job.FilePath, html);
                        scans.Add(scan);
                        pages.Add((job.Route, job.Updated));
                        sink.Add(job.FilePath, Encoding.UTF8.GetBytes(html));
                        if (w.Key is not null) staging?.Remember(job.FilePath, new StagingSink.PageEntry(w.Key, job.Route, job.Updated, scan));
                        break;
                    case FileJob file:
                        sink.Add(file.FilePath, file.Content);
                        // A drawn file (a share card) is remembered like a page, so the next build reuses it unless what it shows changed.
                        if (w.Key is null) break;
                        if (w.IsDrawing) Interlocked.Increment(ref drawn);
                        staging?.Remember(file.FilePath, new StagingSink.PageEntry(w.Key, file.Route, null, LinkChecker.PageScan.Empty(file.FilePath)));
                        break;
                }
            });
            var sitemap = new DataFiles(ctx).SitemapFile(pages.ToList());
            sink.Add(sitemap.FilePath, sitemap.Content);
            foreach (var (route, bytes) in assets.Files) sink.Add(Routes.FileOf(route), bytes);
            if (settings.Admin)
                foreach (var (path, bytes) in Admin.AdminSite.Files(settings.Root)) sink.Add("admin/" + path, bytes);
            // Images that content names are published at the same path as in the root (checked inside the root on load).
            var images = site.CaseStudies.Select(c => c.Image?.Src).Concat(site.Reports.Select(r => r.Cover?.Src));
            foreach (var src in images.OfType<string>().Distinct(StringComparer.Ordinal))
                sink.Add(src, File.ReadAllBytes(root.Full(src)));
            return 0;
        });

        if (settings.Pdf)
            Stage("print PDFs", () =>
            {
                var reports = site.Reports.SelectMany(r => cy is null ? [Routes.Report(r.SystemId, r.Period)] : new[] { Routes.Report(r.SystemId, r.Period), cy.Localise(Routes.Report(r.SystemId, r.Period)) })
                    .Select(Routes.FileOf).ToList();
                foreach (var (page, pdf) in Output.PdfPrinter.Print(sink.Read, urls.BasePath, reports, urls.Origin is { } o ? new Uri(o).Host : "statiqreport.invalid", cancel))
                    sink.Add(page[..^"index.html".Length] + ReportPages.PdfName, pdf);
                return 0;
            });

        // Check: every internal link and fragment resolves; a broken one fails the build (the staging folder is deleted).
        Stage("check links", () => { LinkChecker.Check(sink.Contains, scans.ToList(), urls, refs.Links, diags, ctx.IsUnbuiltMetricPage); return 0; });
        if (diags.HasErrors) return Result(diags, pages.Count, sink.Count);

        if (staging is not null)
        {
            cancel.ThrowIfCancellationRequested();
            Stage(staging is JournalSink ? "update" : "swap in", () => { staging.Commit(); return 0; });
            progress?.Invoke($"wrote {sink.Count:N0} files ({pages.Count:N0} pages) to {settings.Output}" + (staging is JournalSink j ? $": {j.Changed:N0} new or changed, {j.Removed:N0} removed" : "")
                + (staging.Linked > 0 ? $"; {staging.Linked:N0} unchanged files left as they were" : "")
                + (staging.ReusedPages - reusedFiles > 0 ? $", {staging.ReusedPages - reusedFiles:N0} of them pages whose inputs did not change" : ""));
        }
        return Result(diags, pages.Count, sink.Count) with { Drawn = drawn };
    }

    private T Stage<T>(string name, Func<T> run)
    {
        _cancel.ThrowIfCancellationRequested();
        progress?.Invoke($"{name}...");
        var sw = Stopwatch.StartNew();
        var result = run();
        _timings.Add((name, sw.Elapsed));
        return result;
    }

    private BuildResult Result(DiagnosticBag diags, int pages, int files) => new(diags.Sorted(), pages, files, _timings) { BasePath = _basePath, PublicAddressKnown = _publicAddress };
}
