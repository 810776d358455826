namespace StatiqReport.Preview;

/// <summary>Placeholder until the preview server lands: says so plainly instead of pretending.</summary>
public static class PreviewServer
{
    public static int Run(string root, int port, string? baseUrl, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("error: 'preview' is not available in this version yet; run 'build' and open output/index.html, or serve the output folder with any static server.");
        return Cli.ExitCodes.UsageOrInternal;
    }
}
