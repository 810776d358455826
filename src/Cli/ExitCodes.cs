namespace StatiqReport.Cli;

/// <summary>The contract's exit codes, and one extension: a build stopped by Ctrl+C or SIGTERM.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageOrInternal = 2;

    /// <summary>The build was stopped before it finished (128 + SIGINT, as shells report it); nothing was changed.</summary>
    public const int Stopped = 130;
}
