using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Starter;

/// <summary>`new case-study`: a starter that stops the build until its starter text is replaced, with every optional key shown.</summary>
public sealed class NewCaseStudyTests
{
    private const string File = "data/case-studies/alpha-new-hub.yml";

    [Fact]
    public void NewCaseStudy_Unedited_StopsValidate_AtEachPieceOfStarterText()
    {
        using var site = new TempSite("minimal-site");
        var r = site.Run("new", "case-study", "alpha", "alpha-new-hub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("6 pieces of it", r.Stdout, StringComparison.Ordinal);

        var validate = site.Run("validate");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"{File}(9,9): error SR0701: starter text still to replace: [[A short title that says what happened", validate.Errors[0], StringComparison.Ordinal);
        Assert.Contains(validate.Errors, e => e.StartsWith($"{File}(16,11): error SR0701: starter text still to replace: [[One or two sentences", StringComparison.Ordinal));
        Assert.Contains(validate.Errors, e => e.StartsWith($"{File}(18,3): error SR0701: starter text still to replace: [[What your system faced", StringComparison.Ordinal));
        // Nothing else is wrong with it: only its starter text stops the build.
        Assert.Equal(6, validate.Errors.Count);
        Assert.All(validate.Errors, e => Assert.StartsWith(File + "(", e, StringComparison.Ordinal));
        Assert.All(validate.Errors, e => Assert.Contains(" SR0701: ", e, StringComparison.Ordinal));
        Assert.Contains("To look at the site first, use preview --allow-placeholders", validate.Stderr, StringComparison.Ordinal);

        // The same text as new site writes: the system's name fills in the organisation.
        Assert.Contains("  - \"Alpha Integrated Care System\"", site.Read(File), StringComparison.Ordinal);
        Assert.Equal(2, site.Run("new", "case-study", "alpha", "alpha-new-hub").ExitCode); // never overwrites
    }

    [Fact]
    public void NewCaseStudy_ShowsEveryOptionalKey_CommentedOut_WithANoteAboveIt()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("new", "case-study", "alpha", "alpha-new-hub").ExitCode);
        var lines = site.Read(File).Split('\n');
        foreach (var key in new[] { "published", "figures", "stages", "quotes", "url", "publisher", "date", "image", "illustrative" })
        {
            var at = Array.FindIndex(lines, l => l.TrimStart().StartsWith($"# {key}:", StringComparison.Ordinal));
            Assert.True(at > 0, $"the starter does not show the optional key '{key}' commented out");
            Assert.StartsWith("#", lines[at - 1].TrimStart(), StringComparison.Ordinal);
        }
        // The optional keys a case study usually has are there, in use.
        foreach (var key in new[] { "domains", "period", "organisations", "sources" })
            Assert.Contains(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void NewCaseStudy_WithEveryOptionalKeyUncommented_AndStarterTextReplaced_Validates()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("new", "case-study", "alpha", "alpha-new-hub").ExitCode);
        site.WriteBytes("input/images/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 0xFF, 0xD9]);
        var used = StarterEdits.Uncomment(site.Read(File));
        foreach (var key in new[] { "published:", "figures:", "stages:", "quotes:", "image:", "illustrative: true", "    url:", "    publisher:", "    date:" })
            Assert.Contains("\n" + key, used, StringComparison.Ordinal);

        // Uncommented as it is, an example (a quote, a photo's description) is starter text too: it is never published by mistake.
        site.Write(File, used);
        var unedited = site.Run("validate");
        Assert.Equal(1, unedited.ExitCode);
        var (line, _) = StarterEdits.Where(used, "[[What they said.]]");
        Assert.Contains(unedited.Errors, e => e.StartsWith($"{File}({line},13): error SR0701: starter text still to replace: [[What they said.]]", StringComparison.Ordinal));
        Assert.All(unedited.Errors, e => Assert.Contains(" SR0701: ", e, StringComparison.Ordinal));

        site.Write(File, StarterEdits.FillIn(used));
        var r = site.Run("validate");
        Assert.True(r.ExitCode == 0, r.Stderr);
    }
}
