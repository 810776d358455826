namespace StatiqReport.Content;

/// <summary>The one rule for which addresses content may link to: http(s), mailto, or a site-relative path.</summary>
public static class UrlPolicy
{
    /// <summary>True for an absolute http or https address (for `website`, `sources[].url`).</summary>
    public static bool IsWebAddress(string url) =>
        !HasControlChars(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) && u.Host.Length > 0;

    /// <summary>True for a link allowed in Markdown: web addresses, mailto, fragments and relative paths.</summary>
    public static bool IsSafeLink(string url)
    {
        if (HasControlChars(url)) return false;
        var u = url.Trim();
        if (u.Length == 0) return false;
        if (u.StartsWith("//", StringComparison.Ordinal)) return false; // protocol-relative: leaves the site unchecked
        var colon = u.IndexOf(':');
        var firstDelimiter = u.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme) return true; // relative path, fragment or query
        var scheme = u[..colon].ToLowerInvariant();
        return scheme switch
        {
            "http" or "https" => IsWebAddress(u),
            "mailto" => u.Length > 7,
            _ => false,
        };
    }

    /// <summary>
    /// A link with no scheme that does not start at the top of the site ('/') or stay on the page ('#', '?'):
    /// "team.md", "../reports/", "www.nhs.uk". Where it leads depends on the page showing it, and content is
    /// shown on more than one page (a case study's summary is on its page and in lists), so it is reported.
    /// </summary>
    public static bool IsRelativePath(string url)
    {
        var u = url.Trim();
        if (u.Length == 0 || u[0] is '/' or '#' or '?') return false;
        var colon = u.IndexOf(':');
        var firstDelimiter = u.IndexOfAny(['/', '?', '#']);
        return !(colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter));
    }

    private static bool HasControlChars(string s) => s.Any(c => char.IsControl(c) && c != '\t');
}
