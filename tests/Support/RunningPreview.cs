using StatiqReport.Preview;

namespace StatiqReport.Tests.Support;

/// <summary>A preview of a site running in this process on a free port; stopped (and expected to exit 0) when disposed.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task<int> _server = Task.FromResult(0);

    public string Origin { get; private set; } = "";

    /// <summary>Starts the preview and returns once it answers (its own script is served even while the site is broken).</summary>
    public static async Task<RunningPreview> Start(TempSite site)
    {
        var running = new RunningPreview();
        var port = Local.FreePort();
        running.Origin = $"http://127.0.0.1:{port}";
        running._server = Task.Run(() => PreviewServer.Run(site.Root, port, null, TextWriter.Null, TextWriter.Null, running._stop.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var r = await http.GetAsync(new Uri(running.Origin + "/__statiqreport/preview.js"));
                if (r.IsSuccessStatusCode) return running;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("the preview did not start");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Assert.Equal(0, await _server.WaitAsync(TimeSpan.FromSeconds(15)));
        _stop.Dispose();
    }
}
