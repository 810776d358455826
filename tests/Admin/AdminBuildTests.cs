using System.Text;
using StatiqReport.Admin;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Admin;

/// <summary>build --admin writes the forms into the site; a plain build writes none; the vendored files fetch nothing from a CDN.</summary>
public sealed class AdminBuildTests
{
    [Fact]
    public void Build_WithAdmin_WritesThePageTheScriptAndTheConfig()
    {
        using var site = new TempSite("contract-site");
        site.Write("data/site.yml", site.Read("data/site.yml") + "repository: northshire-icb/anchors\n");

        var result = site.Run("build", "--admin");

        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var file in new[] { "index.html", "config.yml", "sveltia-cms.js", "LICENSE.txt", "fonts/material-symbols-outlined.woff2" })
            Assert.True(File.Exists(Path.Combine(site.Output, "admin", file)), $"missing admin/{file}");
        var config = File.ReadAllText(Path.Combine(site.Output, "admin", "config.yml"));
        Assert.Contains("repo: northshire-icb/anchors", config, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(site.Output, "admin", "index.html"));
        Assert.Contains("<script src=\"sveltia-cms.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutAdmin_WritesNoAdminFiles()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "admin")));
    }

    [Fact]
    public void Build_WithAdminButNoRepository_FailsWithSR0810()
    {
        using var site = new TempSite("contract-site");
        var result = site.Run("build", "--admin");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.StartsWith("data/site.yml(1,1): error SR0810", StringComparison.Ordinal) && e.Contains("repository: owner/name", StringComparison.Ordinal));
    }

    [Fact]
    public void VendoredScript_IsTheRecordedVersion_AndNamesNoCdnFont()
    {
        var script = Encoding.UTF8.GetString(AdminVendor.Bytes("sveltia-cms.js"));
        Assert.Contains($"\"{AdminVendor.SveltiaVersion}\"", script.Replace('`', '"'), StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", script, StringComparison.Ordinal);
        foreach (var (_, local) in AdminVendor.Fonts) Assert.Contains(local, AdminVendor.Files);
    }

    [Fact]
    public void TryServe_AdminPaths_GivesEachFileWithItsType()
    {
        using var site = new TempSite("contract-site");
        Assert.True(AdminSite.TryServe(site.Root, "/admin/", out var page, out var pageType));
        Assert.StartsWith("text/html", pageType, StringComparison.Ordinal);
        Assert.Contains("sveltia-cms.js", Encoding.UTF8.GetString(page), StringComparison.Ordinal);
        Assert.True(AdminSite.TryServe(site.Root, "/admin/config.yml", out var config, out var configType));
        Assert.StartsWith("text/yaml", configType, StringComparison.Ordinal);
        Assert.Contains("repo: local/", Encoding.UTF8.GetString(config), StringComparison.Ordinal);
        Assert.False(AdminSite.TryServe(site.Root, "/admin/../data/site.yml", out _, out _));
        Assert.False(AdminSite.TryServe(site.Root, "/systems/", out _, out _));
    }
}
