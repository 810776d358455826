using System.Diagnostics;
using Microsoft.Playwright;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Browser;

/// <summary>
/// The forms for real: Sveltia's own "Work with Local Repository" code path, with the configuration the
/// preview serves (backend github, edited as a local folder), against the preview of a fixture site. A
/// headless Chromium has no folder picker, so <see cref="LocalFolderStub"/> hands Sveltia a real folder
/// handle in the browser's private file system, seeded from the site and copied back to the site folder
/// after each save (its summary says why that way). The folder has no .git: the forms must not need one.
/// What is asserted is what a comms officer sees: the files where the contract puts them, `validate` with
/// no errors, the preview serving the new page, and a broken save shown over an open page until fixed.
/// </summary>
[Collection("browser")]
public sealed class AdminLocalFolderTests
{
    [Fact]
    public async Task Forms_SavedToTheLocalFolder_WriteContractFilesThatValidate_AndThePreviewServesThem()
    {
        using var site = new TempSite("contract-site");
        await using var preview = await RunningPreview.Start(site);
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await SignIn(browser, preview, site);

        // A new case study, every kind of field.
        await page.GotoAsync(preview.Origin + "/admin/#/collections/case-studies/new");
        await Fill(Field(page, "Title").GetByRole(AriaRole.Textbox), "A community garden: for staff & neighbours");
        await Field(page, "System").GetByRole(AriaRole.Radio, new() { Name = "Northshire Integrated Care System" }).CheckAsync();
        await Choose(page, Field(page, "Principles"), "2. Build on what is already strong");
        await Choose(page, Field(page, "Principles"), "6. Think in decades");
        await Markdown(page, "Summary", "Staff and neighbours grow food on unused land: a **shared** space.");
        await Markdown(page, "What the system faced", "Unused land beside the hospital.\n\n- weeds\n- litter");
        await Markdown(page, "What the system did", "Worked with a local charity.");
        await Markdown(page, "Results and benefits", "See [the charity](https://example.org).");
        await Fill((await Reach(page, "Published")).GetByRole(AriaRole.Textbox), "2025-06-30");
        var figures = await Reach(page, "Figures");
        await figures.GetByRole(AriaRole.Button, new() { Name = "Add ⁨Figure⁩" }).ClickAsync();
        await Fill(Field(figures, "Value").GetByRole(AriaRole.Spinbutton), "1200");
        await Field(figures, "Unit").GetByRole(AriaRole.Radio, new() { Name = "count: 1,234" }).CheckAsync();
        await Fill(Field(figures, "Label").GetByRole(AriaRole.Textbox), "visits a year");
        var quotes = await Reach(page, "Quotes");
        await quotes.GetByRole(AriaRole.Button, new() { Name = "Add ⁨Quote⁩" }).ClickAsync();
        await Fill(Field(quotes, "Quote").GetByRole(AriaRole.Textbox), "It changed how we use the site.");
        await Fill(Field(quotes, "By").GetByRole(AriaRole.Textbox), "Sam Lee, estates manager");
        var sources = await Reach(page, "Sources");
        await sources.GetByRole(AriaRole.Button, new() { Name = "Add ⁨Source⁩" }).ClickAsync();
        await Fill(Field(sources, "Title").GetByRole(AriaRole.Textbox), "Annual estates return");
        await Fill(Field(sources, "Address").GetByRole(AriaRole.Textbox), "https://example.org/estates");
        await Fill(Field(sources, "Date").GetByRole(AriaRole.Textbox), "2024-08");
        // An image uploaded from this computer (bytes of its own: Sveltia reuses an identical file already in the site).
        var image = await Reach(page, "Image");
        await image.GetByRole(AriaRole.Checkbox, new() { Name = "Add ⁨Image⁩" }).CheckAsync();
        await Field(image, "Image file").GetByRole(AriaRole.Button, new() { Name = "Browse" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Select Image" });
        var chooser = await page.RunAndWaitForFileChooserAsync(() => dialog.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "garden.png", MimeType = "image/png", Buffer = [.. File.ReadAllBytes(site.Path_("input/images/heat-network.png")), 0] });
        await dialog.GetByRole(AriaRole.Option, new() { Name = "garden.png" }).WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
        await Fill(Field(image, "Description (alt text)").GetByRole(AriaRole.Textbox), "Raised beds of vegetables beside a car park");
        await Fill(page.GetByRole(AriaRole.Group, new() { Name = "Slug" }).GetByRole(AriaRole.Textbox), "community-garden");
        await Field(page, "Title").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-local-case-study-1280.png") });
        await page.SetViewportSizeAsync(375, 800);
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-local-case-study-375.png") });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the form scrolls sideways at 375 px");
        await page.SetViewportSizeAsync(1280, 900);
        await Save(page, site, "data/case-studies/community-garden.yml", "input/images/garden.png");
        // The choices of case studies are made when /admin/ is opened: a report offers the new one after a reload.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Case studies" }).WaitForAsync(new() { Timeout = 30_000 });

        // Edits of an existing system, an annual report (chapters choose case studies, one in a sub-folder), a free page.
        await page.GotoAsync(preview.Origin + "/admin/#/collections/systems/entries/northshire");
        await Fill(Field(page, "Population").GetByRole(AriaRole.Spinbutton), "1300000");
        await Save(page, site, "data/systems/northshire.yml");
        await page.GotoAsync(preview.Origin + "/admin/#/collections/reports/entries/northshire/2023-24");
        var chapter = Field(await Reach(page, "Chapters"), "Case studies");
        await Choose(page, chapter, "A community garden: for staff & neighbours");
        await Choose(page, chapter, "Hospital food: buying from Northshire farms");
        await Save(page, site, "input/reports/northshire/2023-24.md");
        await page.GotoAsync(preview.Origin + "/admin/#/collections/pages/entries/about");
        await Fill(Field(page, "Summary").GetByRole(AriaRole.Textbox), "Who we are, edited in a form.");
        await Save(page, site, "input/about.md");

        // The files are where the contract says, with ids where ids belong.
        var study = site.Read("data/case-studies/community-garden.yml");
        Assert.Contains("system: northshire\n", study, StringComparison.Ordinal);
        Assert.Contains("principles:\n  - local-assets\n  - long-term\n", study, StringComparison.Ordinal);
        Assert.Contains("published: 2025-06-30\n", study, StringComparison.Ordinal);
        Assert.Contains("    date: 2024-08\n", study, StringComparison.Ordinal);
        Assert.Contains("image:\n  src: /input/images/garden.png\n  alt: Raised beds of vegetables beside a car park\n", study, StringComparison.Ordinal);
        Assert.Contains("population: 1300000\n", site.Read("data/systems/northshire.yml"), StringComparison.Ordinal);
        var report = site.Read("input/reports/northshire/2023-24.md");
        Assert.Contains("    case-studies:\n      - shared-apprenticeships\n      - community-garden\n      - northshire-local-suppliers\n", report, StringComparison.Ordinal);
        Assert.Contains("Our second year brought more local spending", report, StringComparison.Ordinal); // the foreword kept
        Assert.Contains("summary: Who we are, edited in a form.\n", site.Read("input/about.md"), StringComparison.Ordinal);

        // They load without error, and the preview rebuilt with them.
        var validate = site.Run("validate");
        Assert.True(validate.ExitCode == 0, validate.Stderr);
        var served = await Served(preview, "/case-studies/community-garden/", "A community garden: for staff &amp; neighbours");
        Assert.True(served, "the preview does not serve the new case study");
        Assert.True(await Served(preview, "/case-studies/community-garden/", "<img src=\"/input/images/garden.png\" alt=\"Raised beds"), "the new case study's page does not show its image");
        Assert.True(await Served(preview, "/reports/northshire/2023-24/", "/case-studies/community-garden/"), "the report does not link the case study chosen in its chapter");
    }

    [Fact]
    public async Task ABrokenSaveInTheForms_ShowsItsErrorOnAnOpenPage_AndTheFixInTheFormsTakesItAway()
    {
        using var site = new TempSite("contract-site");
        await using var preview = await RunningPreview.Start(site);
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await SignIn(browser, preview, site);
        var open = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await open.GotoAsync(preview.Origin + "/reports/northshire/2023-24/");

        // The forms let a commitment keep its target when its metric is taken away; the loader does not.
        await page.GotoAsync(preview.Origin + "/admin/#/collections/reports/entries/northshire/2023-24");
        await Reach(page, "Commitments");
        await Choose(page, await Reach(page, "Metric"), "(None)");
        await Save(page, site, "input/reports/northshire/2023-24.md");
        var saved = Stopwatch.StartNew();
        var lines = site.Read("input/reports/northshire/2023-24.md").Split('\n');
        var line = Array.FindIndex(lines, l => l.Trim() == "target: 75000000") + 1;
        Assert.DoesNotContain("metric: local-spend", lines.Select(l => l.Trim()));

        var dialog = open.Locator("dialog.sr-errors");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        var shownAfter = saved.Elapsed;
        var text = await dialog.InnerTextAsync();
        Assert.Contains($"input/reports/northshire/2023-24.md, line {line}", text, StringComparison.Ordinal);
        Assert.Contains("needs the 'metric'", text, StringComparison.Ordinal);
        Assert.True(shownAfter < TimeSpan.FromSeconds(3), $"the error was shown {shownAfter.TotalMilliseconds:0} ms after the file was written");
        await open.ScreenshotAsync(new() { Path = Local.Screenshot("admin-local-overlay-1280.png") });

        // The fix, made in the form: the page reloads without the message.
        await page.GotoAsync(preview.Origin + "/admin/#/collections/reports/entries/northshire/2023-24");
        await Reach(page, "Commitments");
        await Choose(page, await Reach(page, "Metric"), "Spend with local suppliers");
        await Save(page, site, "input/reports/northshire/2023-24.md");
        Assert.Contains("    metric: local-spend\n", site.Read("input/reports/northshire/2023-24.md"), StringComparison.Ordinal);
        await open.WaitForFunctionAsync("() => !document.querySelector('dialog.sr-errors') && document.querySelector('main h1')", null, new() { Timeout = 15_000 });
        Assert.Equal(0, site.Run("validate").ExitCode);
        Console.WriteLine($"error shown {shownAfter.TotalMilliseconds:0} ms after the save reached the folder");
    }

    [Fact]
    public async Task AWelshTwin_SavedInTheForms_HoldsOnlyItsText_AndValidates()
    {
        using var site = new TempSite("welsh-site");
        await using var preview = await RunningPreview.Start(site);
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await SignIn(browser, preview, site);

        await page.GotoAsync(preview.Origin + "/admin/#/collections/systems/entries/glan-y-mor");
        // English and Welsh side by side: the Welsh pane holds only the translated fields.
        var welsh = page.GetByRole(AriaRole.Group, new() { Name = "Edit ⁨Welsh⁩ Content" });
        await Fill(Field(welsh, "Summary").GetByRole(AriaRole.Textbox), "Y bwrdd iechyd, golygwyd mewn ffurflen.");
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-local-welsh-1280.png") });
        await Save(page, site, "data/systems/glan-y-mor.cy.yml");

        var twin = site.Read("data/systems/glan-y-mor.cy.yml");
        Assert.Contains("summary: Y bwrdd iechyd, golygwyd mewn ffurflen.\n", twin, StringComparison.Ordinal);
        Assert.Contains("name: Bwrdd Iechyd Prifysgol Glan-y-Môr\n", twin, StringComparison.Ordinal);
        Assert.DoesNotContain("nation:", twin, StringComparison.Ordinal); // ids and choices stay in the English file
        var validate = site.Run("validate");
        Assert.True(validate.ExitCode == 0, validate.Stderr);
        Assert.True(await Served(preview, "/cy/systems/glan-y-mor/", "wedi&#39;i olygu mewn ffurflen") || await Served(preview, "/cy/systems/glan-y-mor/", "golygwyd mewn ffurflen"),
            "the preview does not serve the Welsh edit");
    }

    /// <summary>Opens /admin/, fills the browser's folder with the site, and chooses Work with Local Repository.</summary>
    private static async Task<IPage> SignIn(Support.Browser browser, RunningPreview preview, TempSite site)
    {
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(15_000);
        await LocalFolderStub.Install(page);
        await page.GotoAsync(preview.Origin + "/admin/");
        var local = page.GetByRole(AriaRole.Button, new() { Name = "Work with Local Repository" });
        await local.WaitForAsync(new() { Timeout = 30_000 });
        await LocalFolderStub.Seed(page, site);
        await local.ClickAsync();
        try { await page.GetByRole(AriaRole.Treeitem, new() { Name = "Case studies" }).WaitForAsync(new() { Timeout = 30_000 }); }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-local-failed.png") });
            Assert.Fail("the local folder did not open; the page says: " + await page.InnerTextAsync("body"));
        }
        return page;
    }

    /// <summary>
    /// Types into a field and checks it took: under load Sveltia sometimes drops what is typed straight after a
    /// new list item is added (its form is still being drawn), so the text is typed again until it shows.
    /// </summary>
    private static async Task Fill(ILocator box, string text)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await box.FillAsync(text);
            await Task.Delay(150);
            string shown;
            try { shown = await box.InputValueAsync(new() { Timeout = 2_000 }); }
            catch (PlaywrightException) { shown = await box.InnerTextAsync(); } // a Markdown editor is not an input
            if (shown.Trim() == text.Trim()) return;
        }
        Assert.Fail($"the form did not keep the text typed into it: {text}");
    }

    /// <summary>A form field by its label (Sveltia names each field's group “label” Field).</summary>
    private static ILocator Field(IPage page, string label) => page.GetByRole(AriaRole.Group, new() { Name = $"“⁨{label}⁩” Field" }).First;

    private static ILocator Field(ILocator scope, string label) => scope.GetByRole(AriaRole.Group, new() { Name = $"“⁨{label}⁩” Field" }).First;

    /// <summary>A field further down the form: Sveltia draws fields as they scroll into view.</summary>
    private static async Task<ILocator> Reach(IPage page, string label)
    {
        for (var i = 0; i < 60 && await Field(page, label).CountAsync() == 0; i++)
        {
            await page.Mouse.MoveAsync(200, 500);
            await page.Mouse.WheelAsync(0, 400);
            await page.WaitForTimeoutAsync(100);
        }
        await Field(page, label).ScrollIntoViewIfNeededAsync();
        return Field(page, label);
    }

    /// <summary>Types Markdown as a person who knows it would: in the field's Markdown mode.</summary>
    private static async Task Markdown(IPage page, string label, string text)
    {
        var field = await Reach(page, label);
        await field.GetByRole(AriaRole.Button, new() { Name = "Edit in Markdown" }).ClickAsync();
        await Fill(field.GetByRole(AriaRole.Textbox), text);
    }

    /// <summary>Picks an option of a select: radio buttons for a few options, a list box for more.</summary>
    private static async Task Choose(IPage page, ILocator field, string option)
    {
        var radio = field.GetByRole(AriaRole.Radio, new() { Name = option, Exact = true });
        if (await radio.CountAsync() > 0) { await radio.CheckAsync(); return; }
        var box = field.GetByRole(AriaRole.Checkbox, new() { Name = option, Exact = true });
        if (await box.CountAsync() > 0) { await box.CheckAsync(); return; }
        await field.GetByRole(AriaRole.Combobox).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>Saves, and copies what the forms wrote to the site folder until every file of <paramref name="expected"/> is among it.</summary>
    private static async Task Save(IPage page, TempSite site, params string[] expected)
    {
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
        await save.ClickAsync();
        var written = new List<string>();
        for (var i = 0; i < 150 && !expected.All(written.Contains); i++)
        {
            written.AddRange(await LocalFolderStub.CopyBack(page, site));
            // A click made while the form was still redrawing (after a resize, under load) can be lost: click again once.
            if (i == 40 && written.Count == 0 && await save.IsEnabledAsync()) await save.ClickAsync();
            if (!expected.All(written.Contains)) await page.WaitForTimeoutAsync(100);
        }
        if (expected.All(written.Contains)) return;
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-local-not-saved.png"), FullPage = true });
        var alerts = string.Join(" | ", await page.GetByRole(AriaRole.Alert).AllInnerTextsAsync());
        Assert.Fail($"saving did not write {string.Join(", ", expected)} (see admin-local-not-saved.png); it wrote: {string.Join(", ", written)}; the form says: {alerts}");
    }

    /// <summary>Whether the preview serves <paramref name="path"/> containing <paramref name="text"/> within 15 seconds.</summary>
    private static async Task<bool> Served(RunningPreview preview, string path, string text)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var until = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < until; await Task.Delay(200))
        {
            using var r = await http.GetAsync(new Uri(preview.Origin + path));
            if (r.IsSuccessStatusCode && (await r.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
