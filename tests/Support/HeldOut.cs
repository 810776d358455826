namespace StatiqReport.Tests.Support;

/// <summary>How the held-out mistake tests plant a mistake in the minimal site and read the one error it gives.</summary>
public static class HeldOut
{
    /// <summary>Validates the minimal site after <paramref name="change"/>; never a crash or a stack trace.</summary>
    public static RunResult Validate(Action<TempSite> change, params string[] args)
    {
        using var site = new TempSite("minimal-site");
        change(site);
        var result = site.Run(["validate", .. args]);
        Assert.DoesNotContain("SR9999", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        return result;
    }

    /// <summary>The only error printed: it starts with the location and code, and says each phrase.</summary>
    public static string OnlyError(RunResult result, string prefix, params string[] phrases)
    {
        Assert.Equal(1, result.ExitCode);
        var errors = result.Errors;
        Assert.True(errors.Count == 1, "expected one error, got:\n" + result.Stderr);
        Assert.StartsWith(prefix, errors[0], StringComparison.Ordinal);
        foreach (var phrase in phrases) Assert.Contains(phrase, errors[0], StringComparison.Ordinal);
        return errors[0];
    }
}
