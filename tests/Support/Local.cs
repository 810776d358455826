using System.Net;
using System.Net.Sockets;

namespace StatiqReport.Tests.Support;

/// <summary>Small things many tests need: a free port on 127.0.0.1, a run from a folder, and where screenshots go.</summary>
public static class Local
{
    /// <summary>A port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Runs the program in <paramref name="folder"/> as the current folder, as a person would from there. The current
    /// folder belongs to the whole process: only tests in the "working directory" collection, which runs alone, call this.
    /// </summary>
    public static RunResult RunIn(string folder, params string[] args)
    {
        var before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = StatiqReport.Cli.Program.Run(args, stdout, stderr);
            return new RunResult(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
    }

    /// <summary>The path for a screenshot to look at after the run: <c>&lt;TEMP&gt;/statiqreport-screenshots/&lt;name&gt;</c>.</summary>
    public static string Screenshot(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "statiqreport-screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
