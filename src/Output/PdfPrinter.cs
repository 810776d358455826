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
        app.Run(ctx => Serve(ctx, site, basePath));
        app.StartAsync(cancel).GetAwaiter().GetResult();
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancel }, page =>
            {
                var route = page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
                result[page] = Normalise(PrintOne($"http://{host}{basePath}{route}", $"MAP {host} 127.0.0.1:{port}"));
            });
        }
        finally
        {
            app.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }
        return result;
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

    /// <summary>Fixes the timestamps Chromium writes, so the same site prints the same bytes.</summary>
    private static byte[] Normalise(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        // Same length (the cross-reference table counts bytes): a fixed, valid date.
        text = PdfDate().Replace(text, m => m.Groups[1].Value + ("20000101000000" + m.Groups[2].Value[Math.Min(14, m.Groups[2].Value.Length)..])[..m.Groups[2].Value.Length] + ")");
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
}
