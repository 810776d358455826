global using AdminNode = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace StatiqReport.Admin;

/// <summary>
/// Makes the form fields of the CMS configuration, one per key our loaders accept. Sveltia treats a
/// field as required unless told otherwise, so every field says which it is. On a bilingual site a
/// field marked <c>translated</c> is edited in Welsh beside the English and written to the Welsh twin
/// (x.cy.yml); any other field is left out of the twin, which holds only text (README, Publishing in Welsh).
/// </summary>
public sealed class AdminFields(bool bilingual)
{
    /// <summary>Ids: lower-case words joined by hyphens, as MapReader.IsId checks.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /// <summary>A financial year such as 2024-25 (Period.TryParse also checks the second year follows the first).</summary>
    public const string PeriodPattern = "^(19|20)[0-9]{2}-[0-9]{2}$";
    /// <summary>A source's date: a year, a year and month, or an ISO date.</summary>
    public const string SourceDatePattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    public AdminNode Text(string name, string label, string hint, bool required, bool translated = false) =>
        Field(name, label, "string", hint, required, translated);

    /// <summary>Several lines of plain text (a quote, a definition).</summary>
    public AdminNode LongText(string name, string label, string hint, bool required, bool translated = false) =>
        Field(name, label, "text", hint, required, translated);

    public AdminNode Markdown(string name, string label, string hint, bool required, bool translated = true)
    {
        var f = Field(name, label, "markdown", hint, required, translated);
        // No code blocks (their highlighting would load from unpkg.com) and no images inside the text
        // (the site publishes only a case study's own image): paragraphs, lists, headings, links.
        f["editor_components"] = new List<object?>();
        return f;
    }

    public AdminNode Patterned(string name, string label, string hint, bool required, string pattern, string message)
    {
        var f = Text(name, label, hint, required);
        f["pattern"] = new List<object?> { pattern, message };
        return f;
    }

    public AdminNode Web(string name, string label, string hint, bool required)
    {
        var f = Patterned(name, label, hint, required, "^https?://", "Write the whole address, starting https://");
        f["type"] = "url";
        return f;
    }

    public AdminNode Number(string name, string label, string hint, bool required, bool whole = false)
    {
        var f = Field(name, label, "number", hint, required, false);
        f["value_type"] = whole ? "int" : "float";
        return f;
    }

    public AdminNode Flag(string name, string label, string hint)
    {
        var f = Field(name, label, "boolean", hint, false, false);
        f["default"] = false;
        return f;
    }

    /// <summary>An ISO date (2024-08-16), the only form the loaders read.</summary>
    public AdminNode Date(string name, string label, string hint, bool required)
    {
        var f = Field(name, label, "datetime", hint, required, false);
        f["type"] = "date";
        f["format"] = "YYYY-MM-DD";
        return f;
    }

    /// <summary>A choice among ids, each shown with its title; in the order given (the catalogue's).</summary>
    public AdminNode Select(string name, string label, string hint, bool required, IEnumerable<(string Value, string Label)> options, bool multiple = false)
    {
        var f = Field(name, label, "select", hint, required, false);
        if (multiple) f["multiple"] = true;
        f["options"] = options.Select(o => (object?)new AdminNode { ["label"] = o.Label, ["value"] = o.Value }).ToList();
        return f;
    }

    /// <summary>The id (file name) of an entry of another collection, shown with its name or title.</summary>
    public AdminNode Relation(string name, string label, string hint, bool required, string collection, string display, bool multiple = false)
    {
        var f = Field(name, label, "relation", hint, required, false);
        f["collection"] = collection;
        f["value_field"] = "{{slug}}";
        f["display_fields"] = new List<object?> { display };
        f["search_fields"] = new List<object?> { display };
        if (multiple) f["multiple"] = true;
        return f;
    }

    /// <summary>A list of texts (organisations, anchors, questions).</summary>
    public AdminNode TextList(string name, string label, string hint, bool required, bool translated = false)
    {
        var f = Field(name, label, "list", hint, required, translated);
        f["field"] = Text(name, label, "", true, translated);
        return f;
    }

    /// <summary>A list of items with their own fields; translated when any of its fields is.</summary>
    public AdminNode List(string name, string label, string singular, string hint, bool required, params AdminNode[] fields)
    {
        var f = Field(name, label, "list", hint, required, fields.Any(IsTranslated));
        f["label_singular"] = singular;
        f["fields"] = fields.Cast<object?>().ToList();
        return f;
    }

    public AdminNode Object(string name, string label, string hint, bool required, params AdminNode[] fields)
    {
        var f = Field(name, label, "object", hint, required, fields.Any(IsTranslated));
        f["fields"] = fields.Cast<object?>().ToList();
        return f;
    }

    /// <summary>A catalogue entry's id: kept in the Welsh twin too, which names each entry by its id.</summary>
    public AdminNode CatalogueId(string hint)
    {
        var f = Patterned("id", "Id", hint, true, IdPattern, "Lower-case letters, digits and single hyphens, e.g. local-spend");
        if (bilingual) f["i18n"] = "duplicate";
        return f;
    }

    private AdminNode Field(string name, string label, string widget, string hint, bool required, bool translated)
    {
        var f = new AdminNode { ["name"] = name, ["label"] = label, ["widget"] = widget, ["required"] = required };
        if (hint.Length > 0) f["hint"] = hint;
        if (bilingual && translated) f["i18n"] = true;
        return f;
    }

    private static bool IsTranslated(AdminNode field) => field.TryGetValue("i18n", out var v) && v is true or "duplicate";
}
