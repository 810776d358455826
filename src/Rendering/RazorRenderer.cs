using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StatiqReport.Localisation;

namespace StatiqReport.Rendering;

/// <summary>
/// Renders Razor components to HTML strings with ASP.NET Core's <see cref="HtmlRenderer"/>.
/// One renderer per thread: a renderer's dispatcher serialises its work, so sharing one would undo parallelism.
/// </summary>
public sealed class RazorRenderer : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly ThreadLocal<HtmlRenderer> _renderers;

    public RazorRenderer()
    {
        // Encode markup characters but keep letters such as £, ŵ and ô as they are (pages stay readable and small).
        _services = new ServiceCollection().AddLogging()
            .AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .BuildServiceProvider();
        _renderers = new ThreadLocal<HtmlRenderer>(() => new HtmlRenderer(_services, NullLoggerFactory.Instance), trackAllValues: true);
    }

    /// <summary>
    /// Renders a page component whose one parameter is <c>Model</c>, with the interface strings of the
    /// page's language cascading to every component; the result starts with the doctype.
    /// </summary>
    public string Render(Type component, object model, Strings strings)
    {
        var renderer = _renderers.Value!;
        RenderFragment page = b =>
        {
            b.OpenComponent(0, component);
            b.AddComponentParameter(1, "Model", model);
            b.CloseComponent();
        };
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(CascadingValue<Strings>.Value)] = strings,
            [nameof(CascadingValue<Strings>.IsFixed)] = true,
            [nameof(CascadingValue<Strings>.ChildContent)] = page,
        });
        var html = renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<CascadingValue<Strings>>(parameters);
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
        return "<!DOCTYPE html>\n" + html + "\n";
    }

    public void Dispose()
    {
        foreach (var r in _renderers.Values) r.Dispose();
        _renderers.Dispose();
        _services.Dispose();
    }
}
