using System.Net.Sockets;
using StatiqReport.Preview;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Cli;

public sealed class PreviewTests
{
    [Fact]
    public async Task Preview_ServesTheSite_AndServesAnEditWithin10Seconds()
    {
        using var site = new TempSite("minimal-site");
        var port = Local.FreePort();
        using var stop = new CancellationTokenSource();
        var stdout = new StringWriter();
        var server = Task.Run(() => PreviewServer.Run(site.Root, port, null, TextWriter.Synchronized(stdout), TextWriter.Synchronized(new StringWriter()), stop.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var url = $"http://127.0.0.1:{port}/case-studies/alpha-jobs/";
        try
        {
            var first = await Poll(http, url, html => html.Contains("Alpha jobs", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            Assert.Contains("/__statiqreport/preview.js", first, StringComparison.Ordinal);

            site.Replace("data/case-studies/alpha-jobs.yml", "title: Alpha jobs", "title: Alpha jobs for local people");
            var edited = await Poll(http, url, html => html.Contains("Alpha jobs for local people", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            Assert.Contains("Alpha jobs for local people", edited, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }

    [Fact]
    public async Task Preview_RebuildsInPlace_KeepsTheSiteOnAMistake_AndDropsDeletedPages()
    {
        using var site = new TempSite("minimal-site");
        var port = Local.FreePort();
        using var stop = new CancellationTokenSource();
        var server = Task.Run(() => PreviewServer.Run(site.Root, port, null, TextWriter.Null, TextWriter.Null, stop.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var origin = $"http://127.0.0.1:{port}";
        try
        {
            await Poll(http, origin + "/case-studies/alpha-jobs/", html => html.Contains("Alpha jobs", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

            // A new page appears; then it is deleted and its address answers 404 again.
            site.Write("input/news.md", "---\ntitle: Latest news\n---\nNews.\n");
            await Poll(http, origin + "/news/", html => html.Contains("Latest news", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            site.Delete("input/news.md");
            var until = DateTime.UtcNow.AddSeconds(10);
            var status = System.Net.HttpStatusCode.OK;
            while (DateTime.UtcNow < until && status != System.Net.HttpStatusCode.NotFound)
            {
                await Task.Delay(200);
                status = (await http.GetAsync(new Uri(origin + "/news/"))).StatusCode;
            }
            Assert.Equal(System.Net.HttpStatusCode.NotFound, status);

            // A mistake fails the rebuild and leaves the served site as it was; fixing it serves the edit.
            site.Replace("data/case-studies/alpha-jobs.yml", "title: Alpha jobs", "title: Alpha jobs again\nsumary: typo");
            await Task.Delay(2500);
            Assert.Contains(">Alpha jobs<", await http.GetStringAsync(new Uri(origin + "/case-studies/alpha-jobs/")), StringComparison.Ordinal);
            site.Replace("data/case-studies/alpha-jobs.yml", "\nsumary: typo", "");
            await Poll(http, origin + "/case-studies/alpha-jobs/", html => html.Contains("Alpha jobs again", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }

    [Fact]
    public async Task Preview_StopsOnSigterm()
    {
        using var site = new TempSite("minimal-site");
        var port = Local.FreePort();
        var dll = typeof(PreviewServer).Assembly.Location;
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "preview", "--root", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            await Poll(http, $"http://127.0.0.1:{port}/", html => html.Contains("<html", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(wait.Token);
            Assert.True(process.HasExited, "the preview server did not stop on SIGTERM");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        _ = await output;
    }

    [Fact]
    public async Task Preview_WithAUrlThatHasAPath_ServesUnderThatPath_AndPrintsTheAddressThatWorks()
    {
        // Given a site whose public address is a GitHub Pages project address.
        using var site = new TempSite("minimal-site");
        site.Write("data/site.yml", "title: Alpha anchors\nurl: https://owner.github.io/anchors/\n");
        var port = Local.FreePort();
        using var stop = new CancellationTokenSource();
        var stdout = new StringWriter();
        var server = Task.Run(() => PreviewServer.Run(site.Root, port, null, TextWriter.Synchronized(stdout), TextWriter.Null, stop.Token));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var origin = $"http://127.0.0.1:{port}";
        try
        {
            // When the page preview prints is opened, it and its stylesheet load.
            var home = await Poll(http, origin + "/anchors/", html => html.Contains("<html", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            Assert.Contains($"http://127.0.0.1:{port}/anchors/", stdout.ToString(), StringComparison.Ordinal);
            var css = System.Text.RegularExpressions.Regex.Match(home, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
            Assert.StartsWith("/anchors/", css, StringComparison.Ordinal);
            var sheet = await http.GetAsync(new Uri(origin + css));
            Assert.Equal(System.Net.HttpStatusCode.OK, sheet.StatusCode);
            Assert.Equal("text/css", sheet.Content.Headers.ContentType?.MediaType);
            // And the bare address leads to the site rather than to a 404.
            var bare = await http.GetAsync(new Uri(origin + "/"));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, bare.StatusCode);
            Assert.Equal("/anchors/", bare.Headers.Location?.OriginalString);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }

    private static async Task<string> Poll(HttpClient http, string url, Func<string, bool> done, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        var last = "";
        while (DateTime.UtcNow < until)
        {
            try
            {
                last = await http.GetStringAsync(new Uri(url));
                if (done(last)) return last;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        Assert.Fail($"{url} did not change as expected within {limit.TotalSeconds} s; last response:\n{last[..Math.Min(last.Length, 500)]}");
        return last;
    }
}
