using YamlDotNet.Serialization;

namespace StatiqReport.Admin;

/// <summary>
/// The CMS configuration (/admin/config.yml) for one site: where each kind of content lives, its form,
/// and how files are written so that what the CMS saves loads without error (no empty optional keys,
/// dates as 2024-08-16). The same site always gives the same bytes.
/// </summary>
public static class AdminConfig
{
    /// <summary>The configuration as a tree of ordered maps and lists, in the order it is written.</summary>
    public static AdminNode Tree(AdminFacts facts)
    {
        var config = new AdminNode
        {
            ["app_title"] = $"{facts.Title}: editing",
            ["backend"] = new AdminNode
            {
                ["name"] = "github",
                // Editing the folder on this computer ("Work with Local Repository") needs no repository;
                // the name is only shown. Online editing saves to the site's repository.
                ["repo"] = facts.Repository ?? $"local/{facts.SiteFolder}",
            },
            ["media_folder"] = "input/images",
            // Case studies name images from the site root (src: input/images/x.jpg), as the build reads them.
            ["public_folder"] = "input/images",
            // Only the site's own images: no stock photo services (they would call other sites).
            ["media_libraries"] = new AdminNode { ["stock_assets"] = new AdminNode { ["providers"] = new List<object?>() } },
            ["output"] = new AdminNode
            {
                // An empty optional key would be an error for the loaders (an empty period or date): leave it out.
                ["omit_empty_optional_fields"] = true,
                ["yaml"] = new AdminNode { ["indent_size"] = 2, ["quote"] = "none" },
            },
        };
        if (facts.Bilingual)
            config["i18n"] = new AdminNode
            {
                // x.yml in English and its Welsh twin x.cy.yml beside it, as the build reads them.
                ["structure"] = "multiple_files",
                ["locales"] = new List<object?> { "en", "cy" },
                ["default_locale"] = "en",
                ["omit_default_locale_from_file_path"] = true,
                // Welsh is added per entry (a twin is written only once it is switched on).
                ["initial_locales"] = "default",
            };
        config["collections"] = new AdminCollections(facts).All();
        return config;
    }

    /// <summary>The configuration file, with the schema line editors (and Sveltia's console) look for.</summary>
    public static string Yaml(AdminFacts facts)
    {
        var serializer = new SerializerBuilder().DisableAliases().Build();
        return "# yaml-language-server: $schema=https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json\n"
            + "# Made by StatiqReport from this site's catalogues; do not edit: it is made again on every build and preview.\n"
            + serializer.Serialize(Tree(facts));
    }
}
