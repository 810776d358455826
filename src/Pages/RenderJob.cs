namespace StatiqReport.Pages;

/// <summary>One output file to produce: an HTML page from a Razor component and its model, or bytes.</summary>
public abstract record OutputJob(string Route)
{
    public string FilePath => Routing.Routes.FileOf(Route);
}

/// <summary>A page rendered by the Razor component <paramref name="Component"/> with one parameter, Model;
/// <paramref name="Strings"/> are the interface strings of the page's language.</summary>
public sealed record PageJob(string Route, Type Component, object Model, string Title, Localisation.Strings Strings, DateOnly? Updated = null) : OutputJob(Route);

/// <summary>
/// Work for one output file: how to make it, and for pages that can be reused from the previous build,
/// the file and the fingerprint of everything the page is made from. <paramref name="IsPage"/> is false
/// for a reusable file that is not a page (a share card, a workbook): it is neither link-checked nor in the
/// sitemap. <paramref name="IsDrawing"/> marks a share card (counted as drawn).
/// </summary>
public sealed record Work(Func<OutputJob> Make, string? File = null, string? Key = null, bool IsPage = true, bool IsDrawing = false)
{
    public static implicit operator Work(Func<OutputJob> make) => new(make);
}

/// <summary>A file whose bytes are already known (feeds, data downloads, assets).</summary>
public sealed record FileJob(string Route, byte[] Content) : OutputJob(Route);
