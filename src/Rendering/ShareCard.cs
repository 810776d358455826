namespace StatiqReport.Rendering;

/// <summary>
/// What a share card shows, already in the page's language and with every number formatted: the
/// system, a line saying what the page is (report and period, or case study), the title and up to
/// three headline figures. <see cref="ShareCardLayout"/> places it; <see cref="ShareCardPainter"/> draws it.
/// </summary>
/// <param name="IllustrativeWord">The word marking invented figures ("Illustrative", "Enghreifftiol").</param>
/// <param name="Illustrative">The whole page is invented sample content (the kind line is marked too).</param>
public sealed record ShareCard(string System, string Kind, string Title, IReadOnlyList<ShareCardFigure> Figures, string IllustrativeWord, bool Illustrative)
{
    /// <summary>The page's one-sentence summary, shown where the figures would be when there are none.</summary>
    public string? Summary { get; init; }

    /// <summary>The most figures a card shows.</summary>
    public const int MaxFigures = 3;

    /// <summary>Everything drawn, as one text: two cards with the same description are the same picture.</summary>
    public string Describe() => string.Join('\u001f',
        [System, Kind, Title, Summary ?? "", IllustrativeWord, Illustrative ? "1" : "0", .. Figures.Select(f => f.Value + "\u001e" + f.Label + "\u001e" + (f.Illustrative ? "1" : "0"))]);
}

/// <summary>A headline figure: its value as the number formatter wrote it, its label, and whether it is invented.</summary>
public sealed record ShareCardFigure(string Value, string Label, bool Illustrative);
