using StatiqReport.Starter;

namespace StatiqReport.Tests.Starter;

public sealed class PlaceholderTests
{
    [Fact]
    public void Find_LocatesEachPlaceholder_AndSkipsYamlComments()
    {
        const string yaml = "# Text written [[like this]] is starter text.\ntitle: \"[[A title]]\"  # not [[this]] either\nfaced: |\n  # A heading [[in Markdown]]\n";
        var found = Placeholders.Find(yaml, "data/case-studies/x.yml");
        Assert.Equal([new Placeholders.Found(2, 9, "[[A title]]"), new Placeholders.Found(4, 15, "[[in Markdown]]")], found);
    }

    [Fact]
    public void Find_InMarkdown_SkipsFrontMatterCommentsOnly()
    {
        const string md = "---\n# Replace text [[like this]].\ntitle: \"[[The title]]\"\n---\n# [[A heading]]\n\nText [[here]].\n";
        var found = Placeholders.Find(md, "input/reports/x/2024-25.md");
        Assert.Equal(["[[The title]]", "[[A heading]]", "[[here]]"], found.Select(f => f.Text));
        Assert.Equal((5, 3), (found[1].Line, found[1].Column));
    }

    [Theory]
    [InlineData("summary: Our aim: more local jobs\ntitle: \"[[A title]]\"\n")]
    [InlineData("title: \"[[A title]]\"\nregion: North West: Cheshire\n")]
    [InlineData("title: Jobs: local people # [[not this]]\nsummary: \"[[S]]\"\n")]
    public async Task Find_InYamlWithASecondColon_EndsAtOnce(string yaml)
    {
        // Regression: YamlDotNet's scanner repeated one token for ever after "key: text: more", so
        // validate, build and preview hung on a very common mistake in a starter file.
        var find = Task.Run(() => Placeholders.Find(yaml, "data/case-studies/x.yml"));
        var found = await find.WaitAsync(TimeSpan.FromSeconds(10)); // throws TimeoutException if it hangs
        Assert.NotEmpty(found);
    }

    [Fact]
    public void Find_InCsv_FindsCells()
    {
        var found = Placeholders.Find("system,metric,period,value,source\na,b,2024-25,1,\"[[Where from]]\"\n", "data/metrics/a.csv");
        Assert.Equal([new Placeholders.Found(2, 16, "[[Where from]]")], found);
    }

    [Fact]
    public void FindInWorkbook_FindsTextCells_OnEverySheet_AtTheirRowAndColumn_NamedBySheetAndCell()
    {
        var bytes = new Tests.Support.Workbook()
            .Sheet("Figures", s => s.Row(1, "system", "metric", "2024-25", "source").Row(2, "a", "b", 1, "[[Where from]] and [[when]]"))
            .Sheet("Local spend", s => s.RowAt(4, 3, "[[A note]]", 5))
            .Bytes();

        var found = Placeholders.FindInWorkbook(bytes, "data/metrics/a.xlsx");

        Assert.Equal([
            new Placeholders.Found(2, 4, "[[Where from]]", "Figures!D2"), new Placeholders.Found(2, 4, "[[when]]", "Figures!D2"),
            new Placeholders.Found(4, 3, "[[A note]]", "'Local spend'!C4")], found);
    }

    [Theory]
    [InlineData("system,metric\n[[not a workbook]]\n")]
    [InlineData("")]
    public void FindInWorkbook_OfAFileThatIsNotAWorkbook_FindsNothing_ItsLoaderSaysWhy(string text)
    {
        Assert.Empty(Placeholders.FindInWorkbook(System.Text.Encoding.UTF8.GetBytes(text), "data/metrics/a.xlsx"));
    }

    [Fact]
    public void Find_IgnoresBracketsThatAreNotAPlaceholder()
    {
        Assert.Empty(Placeholders.Find("text: a [link](https://x.org) and [[]] and [[ spans\nlines ]]\n", "data/x.yml"));
    }

    [Fact]
    public void Highlight_MarksVisibleText_NotAttributesScriptsOrCharts()
    {
        const string html = "<html><head><title>[[T]]</title></head><body><h1 title=\"[[T]]\">[[T]]</h1>"
            + "<script type=\"application/ld+json\">{\"name\":\"[[T]]\"}</script><svg><text>[[T]]</text></svg><p>a [[B]] b</p></body></html>";
        var marked = Placeholders.Highlight(html);
        Assert.Contains("<h1 title=\"[[T]]\"><mark class=\"placeholder\">[[T]]</mark></h1>", marked, StringComparison.Ordinal);
        Assert.Contains("<p>a <mark class=\"placeholder\">[[B]]</mark> b</p>", marked, StringComparison.Ordinal);
        Assert.Contains("<title>[[T]]</title>", marked, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"[[T]]\"}</script>", marked, StringComparison.Ordinal);
        Assert.Contains("<svg><text>[[T]]</text></svg>", marked, StringComparison.Ordinal);
    }
}
