using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Admin;

/// <summary>
/// Files written the way the CMS writes them load without error: fields in the forms' order, YAML as the
/// `yaml` library Sveltia uses prints it (strings plain unless they need quotes, then double quotes;
/// block sequences indented; multi-line Markdown as literal blocks; dates as configured, 2025-06-30;
/// empty optional fields left out), no comments.
/// </summary>
public sealed class AdminRoundTripTests
{
    [Fact]
    public void Validate_FilesInTheShapeTheCmsWrites_HasNoErrors()
    {
        using var site = new TempSite("contract-site");
        site.WriteBytes("input/images/garden.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        site.Write("data/case-studies/community-garden.yml", """
            title: A community garden at the hospital
            system: northshire
            principles:
              - local-assets
              - long-term
            summary: "Staff and neighbours grow food on unused land: a **shared** space."
            faced: |-
              Unused land beside the hospital.

              - weeds
              - litter
            did: Worked with a local charity.
            results: See [the charity](https://example.org).
            domains:
              - estates
            period: 2024-25
            published: 2025-06-30
            organisations:
              - Northshire Growers
            figures:
              - value: 1200
                unit: count
                label: visits a year
              - value: 23.5
                unit: percent
                label: of produce given away
            stages:
              - label: Referred
                value: 40
            quotes:
              - text: It changed how we use the site.
                by: Sam Lee, estates manager
            sources:
              - title: Annual estates return
                url: https://example.org/estates
                publisher: Northshire ICB
                date: 2024-08
            image:
              src: input/images/garden.png
              alt: Raised beds of vegetables beside a car park
            illustrative: true

            """);
        site.Write("data/systems/eastmoor.yml", """
            name: Eastmoor Health and Care Partnership
            type: ICS
            nation: England
            region: North East and Yorkshire
            population: 1200000
            website: https://eastmoor.example.nhs.uk
            anchors:
              - Eastmoor Teaching Hospitals
            welsh-name: Partneriaeth Iechyd Eastmoor
            summary: Five places, one partnership.
            maturity:
              2023-24:
                economic-development: emerging
                climate-change: established

            """);
        site.Write("input/reports/northshire/2024-25.md", """
            ---
            title: Our anchor year 2024/25
            summary: What we did together.
            themes:
              - title: "Jobs: for local people"
                summary: Careers close to home.
                domains:
                  - employment-skills
                metrics:
                  - local-hires
                case-studies:
                  - community-garden
            highlights:
              - local-spend
            commitments:
              - text: Hire more local people.
                metric: local-hires
                target: 500
                by: 2025-26
            illustrative: true
            ---
            Our foreword, in **Markdown**.

            """);
        site.Write("input/about.md", "---\ntitle: About this site\nsummary: Who we are.\n---\nWe are a partnership.\n");
        site.Write("data/site.yml", """
            title: Northshire Anchor Network
            description: What our anchors do.
            publisher: Northshire Integrated Care Board
            email: anchors@northshire.example.nhs.uk
            language: en-GB
            url: https://northshire.example.org/anchors/
            repository: northshire-icb/anchors
            welsh:
              publish: false
              shared: optional
              unofficial: false

            """);

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    /// <summary>
    /// Files exactly as Sveltia 0.221.1 wrote them through "Work with Local Repository" (seen in
    /// AdminLocalFolderTests): single quotes where a value has ": " or "&amp;", a false flag written out, a
    /// source date as a plain 2024-08, and a blank line between a report's front matter and its foreword.
    /// </summary>
    [Fact]
    public void Validate_FilesAsSveltiaWroteThemToTheLocalFolder_HasNoErrors()
    {
        using var site = new TempSite("contract-site");
        site.Write("data/case-studies/community-garden.yml", """
            title: 'A community garden: for staff & neighbours'
            system: northshire
            principles:
              - local-assets
              - long-term
            summary: 'Staff and neighbours grow food on unused land: a **shared** space.'
            faced: |-
              Unused land beside the hospital.

              - weeds
              - litter
            did: Worked with a local charity.
            results: See [the charity](https://example.org).
            published: 2025-06-30
            figures:
              - value: 1200
                unit: count
                label: visits a year
            quotes:
              - text: It changed how we use the site.
                by: Sam Lee, estates manager
            sources:
              - title: Annual estates return
                url: https://example.org/estates
                date: 2024-08
            illustrative: false

            """);
        site.Write("input/reports/northshire/2023-24.md", """
            ---
            title: Northshire anchor impact report 2023/24
            themes:
              - title: Good work
                domains:
                  - employment-skills
                  - population-health
                metrics:
                  - local-hires
                  - staff-sickness-absence
                case-studies:
                  - shared-apprenticeships
                  - community-garden
                  - northshire-local-suppliers
            highlights:
              - local-spend-share
            commitments:
              - text: Spend £75 million a year with local suppliers.
                metric: local-spend
                target: 75000000
                by: 2025-26
            illustrative: false
            ---

            Our second year brought more local spending and more local jobs.

            """);

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("A community garden: for staff &amp; neighbours", RunAndRead(site, "/case-studies/community-garden/"), StringComparison.Ordinal);
    }

    private static string RunAndRead(TempSite site, string route)
    {
        Assert.Equal(0, site.Run("build").ExitCode);
        return site.Page(route);
    }

    [Fact]
    public void Validate_WelshTwinsInTheShapeTheCmsWrites_HasNoErrors()
    {
        using var site = new TempSite("contract-site");
        // Only the translated fields, in the forms' order: ids, numbers, units, dates and addresses stay in x.yml.
        site.Write("data/case-studies/northshire-heat-network.cy.yml", """
            title: Rhwydwaith gwres Northshire
            summary: Crynodeb byr.
            faced: |-
              Beth oedd yn wynebu'r system.
            did: Beth wnaeth y system.
            results: Canlyniadau.
            figures:
              - label: wedi'u hosgoi bob blwyddyn
            sources:
              - title: Adroddiad cwblhau'r rhwydwaith gwres
            image:
              alt: Peirianwyr yn gostwng pibell i ffos

            """);
        site.Write("data/site.cy.yml", "title: Rhwydwaith Angori Northshire\npublisher: Bwrdd Gofal Integredig Northshire\n");

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
    }
}
