namespace StatiqReport.Cli;

/// <summary>The contract's exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageOrInternal = 2;
}
