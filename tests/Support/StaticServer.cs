using System.Net;
using System.Net.Sockets;

namespace StatiqReport.Tests.Support;

/// <summary>A tiny static file server on 127.0.0.1 for browser tests (loopback only, stops on dispose).</summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;

    public string Origin { get; }
    public string BaseUrl => Origin + _basePath;

    public StaticServer(string root, string basePath = "/")
    {
        _root = root;
        _basePath = basePath;
        var port = Local.FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => Serve(ctx));
        }
    }

    private void Serve(HttpListenerContext ctx)
    {
        try
        {
            var full = StatiqReport.Output.SiteFiles.Resolve(_root, _basePath, ctx.Request.Url!.AbsolutePath);
            if (full is null)
            {
                ctx.Response.StatusCode = 404;
                full = Path.Combine(_root, "404.html");
            }
            var bytes = File.ReadAllBytes(full);
            ctx.Response.ContentType = StatiqReport.Output.ContentTypes.Of(full);
            ctx.Response.OutputStream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or InvalidOperationException) { }
        finally
        {
            try { ctx.Response.Close(); } catch (Exception e) when (e is IOException or HttpListenerException or InvalidOperationException or ObjectDisposedException) { }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}
