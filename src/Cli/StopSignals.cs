using System.Runtime.InteropServices;

namespace StatiqReport.Cli;

/// <summary>
/// Turns Ctrl+C and SIGTERM (a service manager, <c>docker stop</c>, <c>kill</c>) into a clean stop: the
/// first cancels the token, and the command stops at its next step, deleting what it had not finished.
/// A second Ctrl+C ends the program at once, as people expect; the next build tidies what that leaves.
/// On Windows, SIGTERM is raised when the console window is closed or the user logs off (.NET maps those
/// console events to it); where a signal cannot be registered, Ctrl+C alone is used.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly TextWriter _stdout;
    private readonly string _message;
    private readonly PosixSignalRegistration? _term;

    private StopSignals(CancellationTokenSource cancel, TextWriter stdout, string message)
    {
        (_cancel, _stdout, _message) = (cancel, stdout, message);
        Console.CancelKeyPress += OnCancelKey;
        try
        {
            _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
            {
                c.Cancel = true;
                Stop();
            });
        }
        catch (PlatformNotSupportedException) { _term = null; }
    }

    /// <summary>Listens for Ctrl+C and SIGTERM until disposed, cancelling <paramref name="cancel"/> on the first.</summary>
    public static StopSignals Register(CancellationTokenSource cancel, TextWriter stdout, string message) => new(cancel, stdout, message);

    private void OnCancelKey(object? sender, ConsoleCancelEventArgs e)
    {
        if (_cancel.IsCancellationRequested) return; // the second press: end now
        e.Cancel = true;
        Stop();
    }

    private void Stop()
    {
        if (_cancel.IsCancellationRequested) return;
        lock (_stdout) _stdout.WriteLine(_message);
        try { _cancel.Cancel(); }
        catch (ObjectDisposedException) { }
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKey;
        _term?.Dispose();
    }
}
