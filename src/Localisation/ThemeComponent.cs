using Microsoft.AspNetCore.Components;

namespace StatiqReport.Localisation;

/// <summary>
/// The base of every theme component (see theme/_Imports.razor): the page's interface strings arrive
/// as a cascading value, so a template writes <c>@T("nav.home")</c> and never English text.
/// </summary>
public abstract class ThemeComponent : ComponentBase
{
    [CascadingParameter] public Strings S { get; set; } = default!;

    protected string T(string key) => S[key];
    protected string T(string key, params (string Name, object? Value)[] args) => S.F(key, args);
    protected string P(string key, double n, params (string Name, object? Value)[] args) => S.P(key, n, args);

    /// <summary>The language of data text (CSV notes and sources, which have no translation) when it differs from the page's: "en" on Welsh pages.</summary>
    protected string? DataLang => S.Language == "cy" ? "en" : null;
}
