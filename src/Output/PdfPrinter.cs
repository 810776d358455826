using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace StatiqReport.Output;

/// <summary>
/// `build --pdf`: prints each annual report to a tagged PDF (title, language, bookmarks per chapter)
/// with headless Chromium, from the built site served in memory on 127.0.0.1, before anything is written.
/// </summary>
public static partial class PdfPrinter
{

    /// <summary>PDF bytes for each page file (e.g. "reports/x/2023-24/index.html").</summary>
    /// <param name="host">The host name the pages are loaded from (the site's public host when known), so links in the PDF name it rather than a random local port.</param>
    public static IReadOnlyDictionary<string, byte[]> Print(Func<string, byte[]?> site, string basePath, IReadOnlyList<string> pages, string host, CancellationToken cancel)
    {
        // Kestrel on loopback answers whatever Host the page is loaded under (HttpListener would not).
        var port = FreePort();
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // The contents page's numbers of each page being printed, once a first print has told them.
        var numbers = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        var printed = pages.ToHashSet(StringComparer.Ordinal);
        app.Run(ctx => Serve(ctx, rel => Printed(rel, site, printed, numbers), basePath));
        app.StartAsync(cancel).GetAwaiter().GetResult();
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancel }, page =>
            {
                var route = page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
                var print = () => PrintOne($"http://{host}{basePath}{route}", $"MAP {host} 127.0.0.1:{port}");
                result[page] = Normalise(WithPageNumbers(print, site(page) is { } html ? PdfContents.Entries(Encoding.UTF8.GetString(html)) : [],
                    starts => numbers[page] = starts));
            });
        }
        finally
        {
            app.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }
        return result;
    }

    /// <summary>A file as Chromium is served it: a printed page with its contents page numbers and running footer, or the site's file.</summary>
    private static byte[]? Printed(string rel, Func<string, byte[]?> site, HashSet<string> printed,
        System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> numbers)
    {
        if (printed.Contains(rel) && site(rel) is { } html)
            return Encoding.UTF8.GetBytes(PdfContents.Prepare(Encoding.UTF8.GetString(html), numbers.GetValueOrDefault(rel)));
        var page = rel.EndsWith("/" + PdfContents.FooterStyle, StringComparison.Ordinal) ? rel[..^PdfContents.FooterStyle.Length] + "index.html" : null;
        if (page is not null && printed.Contains(page) && site(page) is { } of && PdfContents.FooterCss(Encoding.UTF8.GetString(of)) is { } css)
            return Encoding.UTF8.GetBytes(css);
        return site(rel);
    }

    /// <summary>
    /// Prints until the contents page's numbers are the pages the parts start on: a first print without numbers tells
    /// them; the next, with them filled in, must start each part on the same page. Parts start on new pages and the
    /// numbers have room kept for them, so the second print settles it; a third is made if it did not, and if the
    /// numbers still moved the printer is at fault (an internal failure, never a wrong contents page).
    /// </summary>
    private static byte[] WithPageNumbers(Func<byte[]> print, IReadOnlyList<string> entries, Action<IReadOnlyDictionary<string, int>> fill)
    {
        var pdf = print();
        if (entries.Count == 0) return pdf;
        var starts = PdfContents.Starts(pdf, entries);
        for (var pass = 2; pass <= 3; pass++)
        {
            fill(starts);
            pdf = print();
            var again = PdfContents.Starts(pdf, entries);
            if (again.Count == starts.Count && again.All(kv => starts.GetValueOrDefault(kv.Key) == kv.Value)) return pdf;
            starts = again;
        }
        throw new InvalidOperationException("the PDF's contents page numbers did not settle after three prints");
    }

    private static byte[] PrintOne(string url, string resolverRule)
    {
        var profile = Directory.CreateTempSubdirectory("statiqreport-chromium-");
        var pdf = Path.Combine(profile.FullName, "out.pdf");
        try
        {
            var psi = new ProcessStartInfo(Chromium.Path ?? throw new InvalidOperationException(Chromium.Missing))
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            };
            foreach (var a in Chromium.HeadlessArgs.Concat(new[]
            {
                $"--user-data-dir={profile.FullName}", "--no-pdf-header-footer",
                "--generate-pdf-document-outline", $"--print-to-pdf={pdf}", $"--host-resolver-rules={resolverRule}", url,
            })) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("Chromium did not start");
            p.StandardOutput.ReadToEndAsync();
            p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromSeconds(60))) { p.Kill(true); throw new TimeoutException($"Chromium took over 60 s to print {url}"); }
            if (!File.Exists(pdf)) throw new InvalidOperationException($"Chromium printed no PDF for {url} (exit {p.ExitCode})");
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            try { profile.Delete(true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Fixes the timestamps and element ids Chromium writes, so the same site prints the same bytes.</summary>
    internal static byte[] Normalise(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        // Same length (the cross-reference table counts bytes): a fixed, valid date.
        text = PdfDate().Replace(text, m => m.Groups[1].Value + ("20000101000000" + m.Groups[2].Value[Math.Min(14, m.Groups[2].Value.Length)..])[..m.Groups[2].Value.Length] + ")");
        // Tagged elements carry ids from the browser's node counter ("node00000268"), which a busy machine can shift
        // between runs: numbered again from 1 in the same order (the id tree stays sorted) and with the same length.
        var ids = NodeId().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((id, i) => (id, i)).ToDictionary(x => x.id, x => (x.i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(x.id.Length, '0'), StringComparer.Ordinal);
        text = NodeId().Replace(text, m => "(node" + ids[m.Groups[1].Value] + ")");
        return Encoding.Latin1.GetBytes(text);
    }

    private static async Task Serve(Microsoft.AspNetCore.Http.HttpContext ctx, Func<string, byte[]?> site, string basePath)
    {
        var path = Uri.UnescapeDataString(ctx.Request.Path.Value ?? "/");
        var rel = path.StartsWith(basePath, StringComparison.Ordinal) ? Routing.Routes.FileOf("/" + path[basePath.Length..]) : "";
        if (site(rel) is not { } bytes) { ctx.Response.StatusCode = 404; return; }
        ctx.Response.ContentType = ContentTypes.Of(rel);
        await ctx.Response.Body.WriteAsync(bytes, ctx.RequestAborted);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)([0-9+\-Z']+)\)")]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"\(node([0-9]{6,12})\)")]
    private static partial Regex NodeId();
}
