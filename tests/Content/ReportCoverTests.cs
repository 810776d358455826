using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// A report's optional cover photograph (<c>cover: {src, alt}</c>) follows a case study's image rules: a file inside
/// the site folder, with alt text, the same error codes and wording; a cover image is published and never called unused.
/// </summary>
public sealed class ReportCoverTests
{
    private const string Report = "input/reports/alpha/2023-24.md";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The minimal site with 'cover:' written after the report's title (so 'cover' is line 3, its first key line 4).</summary>
    private static TempSite WithCover(string cover)
    {
        var site = new TempSite("minimal-site");
        site.WriteBytes("input/images/team.png", Png);
        site.Replace(Report, "title: Alpha's year\n", "title: Alpha's year\ncover:\n" + cover);
        return site;
    }

    [Theory]
    [InlineData("  src: input/images/team.png\n", "(4,3): error SR0115: the image has no 'alt' text; describe what it shows")]
    [InlineData("  src: input/images/team.png\n  alt: \"  \"\n", "(5,8): error SR0115: the image has no 'alt' text")]
    [InlineData("  src: input/images/taem.png\n  alt: Our team\n", "(4,8): error SR0114: there is no file 'input/images/taem.png': put the image there, or correct the name in src. Did you mean src: input/images/team.png?")]
    [InlineData("  src: ../outside.png\n  alt: Our team\n", "(4,8): error SR0114: image '../outside.png' is not a file inside the site folder; put the image in input/images/ and write its path")]
    [InlineData("  src: input/reports/alpha/2023-24.md\n  alt: Our team\n", "(4,8): error SR0114: 'input/reports/alpha/2023-24.md' is not an image; use a .jpg, .png")]
    public void Cover_WithAMistake_IsALocatedImageError(string cover, string expected)
    {
        using var site = WithCover(cover);

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.Errors.Any(e => e.StartsWith(Report + expected, StringComparison.Ordinal)), $"expected {Report}{expected}…; got:\n{result.Stderr}");
    }

    [Fact]
    public void Cover_ThatIsRight_IsPublishedAndShownOnTheCover_NotCalledUnused()
    {
        using var site = WithCover("  src: input/images/team.png\n  alt: Our apprentices at the hospital\n");

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("SR0010", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(site.Output, "input", "images", "team.png")));
        var page = site.Page("/reports/alpha/2023-24/");
        var start = page.IndexOf("<header class=\"report-cover with-image\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no cover with an image");
        var cover = page[start..page.IndexOf("</header>", start, StringComparison.Ordinal)];
        Assert.Contains("<img class=\"report-cover-image\" src=\"/input/images/team.png\" alt=\"Our apprentices at the hospital\" />", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageNoOneUses_IsAWarningThatNamesTheReportCoverToo()
    {
        using var site = new TempSite("minimal-site");
        site.WriteBytes("input/images/spare.png", Png);

        var result = site.Run("build");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("input/images/spare.png(1,1): warning SR0010: no case study or report uses this image, so it is not published; "
            + "name it in a case study's 'image: src:' or a report's 'cover: src:'", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }
}
