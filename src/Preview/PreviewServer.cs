using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StatiqReport.Pipeline;

namespace StatiqReport.Preview;

/// <summary>
/// `preview`: builds the site into a folder outside the root, serves it on 127.0.0.1, rebuilds when
/// any file under the root changes, and tells open pages to reload (server-sent events). A build with
/// errors prints them, keeps serving the last good site, and shows them over every open page; with no
/// good build yet, every address serves them (<see cref="BuildErrors"/>).
/// </summary>
public static class PreviewServer
{
    private const string ToolPrefix = "/__statiqreport/";
    private const string EventsPath = ToolPrefix + "events";
    private const string ScriptTag = "<script src=\"" + ToolPrefix + "preview.js\" data-events=\"" + EventsPath + "\"></script>";
    private const string StyleTag = "<link rel=\"stylesheet\" href=\"" + ToolPrefix + "preview.css\">";

    public static int Run(string root, int port, string? baseUrl, TextWriter stdout, TextWriter stderr, bool allowPlaceholders = false) =>
        Run(root, port, baseUrl, stdout, stderr, CancellationToken.None, allowPlaceholders);

    public static int Run(string root, int port, string? baseUrl, TextWriter stdout, TextWriter stderr, CancellationToken stop, bool allowPlaceholders = false)
    {
        if (port is < 1 or > 65535) { stderr.WriteLine("error: --port must be between 1 and 65535"); return Cli.ExitCodes.UsageOrInternal; }
        // A temporary folder of this run's own, deleted when the preview stops; those of killed previews are swept.
        using var folder = PreviewFolder.Create();
        var output = folder.Site;
        // The site is served under the path its links are made for: --base-url, else the path of `url` in
        // data/site.yml (https://owner.github.io/anchors/ is served at /anchors/), as the public host will.
        var state = new PreviewState(new Routing.SiteUrls(baseUrl, SiteUrlOf(root)).BasePath);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var signals = Cli.StopSignals.Register(cancel, stdout, "Stopping the preview...");
        var attempts = 0;
        void Build()
        {
            if (cancel.IsCancellationRequested) return;
            var number = ++attempts; // every build has its own number, failed ones too
            BuildResult result;
            try
            {
                result = new BuildPipeline(new BuildSettings(root, output, baseUrl, AllowPlaceholders: allowPlaceholders)).Run(cancel.Token);
            }
            catch (OperationCanceledException) { return; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file held by another program (a virus scanner on Windows): keep serving, try on the next change.
                var problem = $"The preview could not update its files ({e.Message}). It keeps showing the last good site and tries again when you next save.";
                lock (stdout) stderr.WriteLine("error: " + problem);
                state.Fail(BuildErrors.Of(number, problem));
                return;
            }
            lock (stdout) Cli.Program.Report(result, stdout, stderr, $"Preview build {number}", firstBuild: state.Version == 0);
            if (result.Succeeded) state.Bump(result.BasePath);
            else state.Fail(BuildErrors.Of(number, result.Diagnostics, root));
        }
        var gate = new object();
        lock (gate) Build();
        if (cancel.IsCancellationRequested) return Stopped(stdout); // Ctrl+C is how a preview ends
        using var watcher = Watch(root, output, Build, gate);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(ctx => Serve(ctx, root, output, state));
        // SIGTERM (a service manager, docker stop, kill) stops the server as Ctrl+C does.
        app.Lifetime.ApplicationStopping.Register(cancel.Cancel);
        try
        {
            app.StartAsync(cancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return Stopped(stdout); // Ctrl+C or SIGTERM while the server was starting: a normal stop
        }
        catch (IOException e)
        {
            stderr.WriteLine($"error: cannot serve on 127.0.0.1:{port} ({e.Message}); choose another port with --port");
            return Cli.ExitCodes.UsageOrInternal;
        }
        stdout.WriteLine($"Serving your site at http://127.0.0.1:{port}{state.BasePath} - open that address in your browser.");
        stdout.WriteLine($"Edit any file under {root} and open pages reload when you save. Press Ctrl+C to stop.");
        try { Task.Delay(Timeout.Infinite, cancel.Token).GetAwaiter().GetResult(); }
        catch (TaskCanceledException) { }
        app.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        watcher.EnableRaisingEvents = false;
        lock (gate) { } // a rebuild under way stops at its next step; then the folder can go
        return Stopped(stdout);
    }

    /// <summary>Says the preview has stopped; its folder is deleted as <see cref="Run(string, int, string?, TextWriter, TextWriter, CancellationToken, bool)"/> returns.</summary>
    private static int Stopped(TextWriter stdout)
    {
        lock (stdout) stdout.WriteLine("Preview stopped; its temporary files are deleted.");
        return Cli.ExitCodes.Success;
    }

    /// <summary>Rebuilds once the root has been quiet for a moment after a change (editors save in bursts); one build at a time, under the gate.</summary>
    private static FileSystemWatcher Watch(string root, string output, Action build, object gate)
    {
        var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        Timer? timer = null;
        void Changed(object? _, FileSystemEventArgs e)
        {
            var rel = Path.GetRelativePath(root, e.FullPath).Replace(Path.DirectorySeparatorChar, '/');
            if (rel.StartsWith("output", StringComparison.Ordinal) || rel.StartsWith('.') || rel.Contains("/.", StringComparison.Ordinal)
                || rel.StartsWith("bin/", StringComparison.Ordinal) || rel.StartsWith("obj/", StringComparison.Ordinal) || rel.StartsWith("tests/", StringComparison.Ordinal)
                || e.FullPath.StartsWith(output, StringComparison.Ordinal)) return;
            lock (gate)
            {
                timer?.Dispose();
                timer = new Timer(_ => { lock (gate) build(); }, null, 150, Timeout.Infinite);
            }
        }
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (s, e) => Changed(s, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>The public address in data/site.yml, if it can be read (its mistakes are reported by the build).</summary>
    private static string? SiteUrlOf(string root) =>
        Content.SiteSettingsLoader.Load(new Content.ContentRoot(root), new Diagnostics.DiagnosticBag(), new Content.ReferenceList()).Url;

    private static async Task Serve(HttpContext ctx, string root, string output, PreviewState state)
    {
        var path = ctx.Request.Path.Value ?? "/";
        if (path.StartsWith(ToolPrefix, StringComparison.Ordinal))
        {
            await ServeTool(ctx, path, state);
            return;
        }
        var basePath = state.BasePath;
        // The site lives under its base path; the bare address leads there rather than to a 404.
        if (basePath != "/" && (path == "/" || path == basePath.TrimEnd('/')))
        {
            ctx.Response.Redirect(basePath);
            return;
        }
        ctx.Response.Headers.CacheControl = "no-store";
        // The forms at /admin/ (Sveltia CMS), made afresh for each request from the site as it is now; they
        // work while the site is broken too, so a mistake can be fixed in a form.
        var below = path.StartsWith(basePath, StringComparison.Ordinal) ? "/" + path[basePath.Length..] : path;
        if (below == "/admin")
        {
            ctx.Response.Redirect(basePath + "admin/");
            return;
        }
        if (Admin.AdminSite.TryServe(root, below, out var admin, out var adminType))
        {
            ctx.Response.ContentType = adminType;
            ctx.Response.Headers.ContentSecurityPolicy = Admin.AdminPage.ContentSecurityPolicy;
            await ctx.Response.Body.WriteAsync(admin, ctx.RequestAborted);
            return;
        }
        // No good build yet: every address shows what to fix (and becomes the site once it builds).
        if (state.Version == 0 && state.Failure is { } failure)
        {
            ctx.Response.StatusCode = 500;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync(failure.Page(ScriptTag, StyleTag), ctx.RequestAborted);
            return;
        }
        var full = Output.SiteFiles.Resolve(output, basePath, path);
        if (full is null)
        {
            ctx.Response.StatusCode = 404;
            full = Path.Combine(output, "404.html");
            if (!File.Exists(full)) return;
        }
        byte[] bytes;
        try { bytes = await ReadShared(full, ctx.RequestAborted); }
        catch (IOException) { ctx.Response.StatusCode = 503; return; } // mid-swap: the browser retries
        ctx.Response.ContentType = Output.ContentTypes.Of(full);
        if (full.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes)
                .Replace("</head>", StyleTag + "</head>", StringComparison.Ordinal)
                .Replace("</body>", ScriptTag + "</body>", StringComparison.Ordinal);
            bytes = Encoding.UTF8.GetBytes(html);
        }
        await ctx.Response.Body.WriteAsync(bytes, ctx.RequestAborted);
    }

    /// <summary>The preview's own addresses: its script and style, and the stream that tells pages of each build.</summary>
    private static async Task ServeTool(HttpContext ctx, string path, PreviewState state)
    {
        ctx.Response.Headers.CacheControl = "no-store";
        if (path == EventsPath)
        {
            await Stream(ctx, state);
            return;
        }
        var name = path[ToolPrefix.Length..];
        if (name is not ("preview.js" or "preview.css"))
        {
            ctx.Response.StatusCode = 404;
            return;
        }
        ctx.Response.ContentType = Output.ContentTypes.Of(name);
        await using var asset = typeof(PreviewServer).Assembly.GetManifestResourceStream("preview/" + name)!;
        await asset.CopyToAsync(ctx.Response.Body, ctx.RequestAborted);
    }

    /// <summary>
    /// Server-sent events to an open page: "errors" at once if the last build failed, then "reload" after
    /// each good build and "errors" after each failed one.
    /// </summary>
    private static async Task Stream(HttpContext ctx, PreviewState state)
    {
        ctx.Response.ContentType = "text/event-stream";
        var (seen, failure) = state.Now;
        await ctx.Response.WriteAsync(": connected\n\n", ctx.RequestAborted);
        if (failure is not null) await Send(ctx, "errors", failure.Json());
        await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
        try
        {
            while (!ctx.RequestAborted.IsCancellationRequested)
            {
                await state.WaitForChange(seen, failure, ctx.RequestAborted);
                var (version, now) = state.Now;
                if (version != seen) await Send(ctx, "reload", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
                else if (now is not null && now != failure) await Send(ctx, "errors", now.Json());
                (seen, failure) = (version, now);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            }
        }
        catch (OperationCanceledException) { }
    }

    private static Task Send(HttpContext ctx, string kind, string data) =>
        ctx.Response.WriteAsync($"event: {kind}\ndata: {data}\n\n", ctx.RequestAborted);

    /// <summary>
    /// Reads a file while letting a rebuild replace it: on Windows a file open without delete sharing
    /// cannot be replaced, and the rebuild would fail while a page loads. (Linux and macOS allow it anyway.)
    /// </summary>
    private static async Task<byte[]> ReadShared(string path, CancellationToken cancel)
    {
        await using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete, Options = FileOptions.Asynchronous,
        });
        var bytes = new byte[stream.Length];
        await stream.ReadExactlyAsync(bytes, cancel);
        return bytes;
    }

    /// <summary>The number of the last good build, the errors of a failed one since, and a way to wait for the next change.</summary>
    private sealed class PreviewState
    {
        private readonly object _gate = new();
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _version;
        private BuildErrors? _failure;

        /// <summary>The number of good builds so far (0: none yet).</summary>
        public int Version { get { lock (_gate) return _version; } }

        /// <summary>The errors of the last build when it failed; null when it was good.</summary>
        public BuildErrors? Failure { get { lock (_gate) return _failure; } }

        public (int Version, BuildErrors? Failure) Now { get { lock (_gate) return (_version, _failure); } }

        /// <summary>The path the last good build's links are made under.</summary>
        public string BasePath { get; private set; }

        public PreviewState(string basePath) => BasePath = basePath;

        public void Bump(string? basePath) => Change(() =>
        {
            _version++;
            _failure = null;
            BasePath = basePath ?? BasePath;
        });

        public void Fail(BuildErrors errors) => Change(() => _failure = errors);

        private void Change(Action change)
        {
            TaskCompletionSource done;
            lock (_gate)
            {
                change();
                done = _next;
                _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            done.TrySetResult();
        }

        /// <summary>Completes when the state is no longer the one the caller last saw.</summary>
        public Task WaitForChange(int seen, BuildErrors? failure, CancellationToken cancel)
        {
            lock (_gate) return _version != seen || _failure != failure ? Task.CompletedTask : _next.Task.WaitAsync(cancel);
        }
    }
}
