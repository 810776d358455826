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
/// stage has succeeded; then the whole site is swapped in at once.
/// </summary>
public sealed class BuildPipeline(BuildSettings settings, Action<string>? progress = null)
{
    private readonly List<(string, TimeSpan)> _timings = [];

    public BuildResult Run(CancellationToken cancel = default)
    {
        var diags = new DiagnosticBag();
        var root = new ContentRoot(settings.Root);

        // Load and validate: every content kind into a typed model; every error collected.
        var refs = new ReferenceList();
        var site = Stage("load and validate", () => ContentLoader.Load(root, diags, refs));
        if (site is null) return Result(diags, 0, 0);

        // Model: lookups and shared view parts.
        var urls = new SiteUrls(settings.BaseUrl, site.Settings.Url);
        var ctx = Stage("model", () => new PageContext(site, urls, settings.NoCache ? new Charts.ChartService(reuse: false) : new Charts.ChartService(Charts.ChartService.DefaultCacheFolder), site.MainStrings));

        // Plan: one job per output file.
        var (pages, files) = Stage("plan", () =>
        {
            var sitePages = new SitePages(ctx);
            // Page models are built in parallel (drawing charts is the expensive part), in a fixed order.
            var jobs = sitePages.All().AsParallel().AsOrdered().Select(make => (OutputJob)make()).ToList()
                .Concat(new ReportPages(ctx, sitePages, settings.Pdf).All()).ToList();
            var pageJobs = jobs.OfType<PageJob>().ToList();
            var fileJobs = jobs.OfType<FileJob>().Concat(new DataFiles(ctx).All(pageJobs)).ToList();
            return (pageJobs, fileJobs);
        });

        // Render: pages in parallel, one Razor renderer per thread.
        var output = Stage("render", () =>
        {
            var rendered = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
            using var razor = new RazorRenderer();
            Parallel.ForEach(pages, new ParallelOptions { CancellationToken = cancel }, job =>
                rendered[job.FilePath] = Encoding.UTF8.GetBytes(razor.Render(job.Component, job.Model, job.Strings)));
            foreach (var f in files) rendered[f.FilePath] = f.Content;
            foreach (var (route, bytes) in ThemeAssets.Collect(root)) rendered[Routes.FileOf(route)] = bytes;
            // Images that content names are published at the same path as in the root (checked inside the root on load).
            foreach (var src in site.CaseStudies.Select(c => c.Image?.Src).OfType<string>().Distinct(StringComparer.Ordinal))
                rendered[src] = File.ReadAllBytes(root.Full(src));
            return rendered;
        });

        if (settings.Pdf)
            Stage("print PDFs", () =>
            {
                var reports = site.Reports.Select(r => Routes.FileOf(Routes.Report(r.SystemId, r.Period))).ToList();
                foreach (var (page, pdf) in Output.PdfPrinter.Print(output, urls.BasePath, reports, urls.Origin is { } o ? new Uri(o).Host : "statiqreport.invalid", cancel))
                    output[page[..^"index.html".Length] + ReportPages.PdfName] = pdf;
                return 0;
            });

        // Check: every internal link and fragment resolves; a broken one fails the build.
        Stage("check links", () => { LinkChecker.Check(output, urls, refs.Links, diags); return 0; });
        if (diags.HasErrors) return Result(diags, pages.Count, output.Count);

        if (settings.Output is not null)
        {
            Stage("write", () => { OutputWriter.Write(settings.Output, output, cancel); return 0; });
            progress?.Invoke($"wrote {output.Count:N0} files ({pages.Count:N0} pages) to {settings.Output}");
        }
        return Result(diags, pages.Count, output.Count);
    }

    private T Stage<T>(string name, Func<T> run)
    {
        progress?.Invoke($"{name}...");
        var sw = Stopwatch.StartNew();
        var result = run();
        _timings.Add((name, sw.Elapsed));
        return result;
    }

    private BuildResult Result(DiagnosticBag diags, int pages, int files) => new(diags.Sorted(), pages, files, _timings);
}
