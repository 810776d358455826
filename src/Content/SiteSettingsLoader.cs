using StatiqReport.Diagnostics;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>Loads data/site.yml; every key is optional and the file itself may be absent.</summary>
public static partial class SiteSettingsLoader
{
    internal static readonly string[] Keys = ["title", "description", "publisher", "email", "language", "url", "repository", "welsh"];
    internal static readonly string[] WelshKeys = ["publish", "required", "shared", "unofficial"];
    /// <summary>
    /// What is wrong with a site address that parses but would break every link of the built site: a space in it,
    /// http:// rather than https://, a page file (index.html) or a ?query or #part at its end; null when it is right.
    /// </summary>
    internal static string? UrlAdvice(string url)
    {
        if (url.Any(char.IsWhiteSpace))
            return $"'url' has a space in it, and a web address has none (every link of the site would be broken): write url: {MapReader.Clip(string.Concat(url.Where(c => !char.IsWhiteSpace(c))))}";
        var u = new Uri(url);
        var path = u.AbsolutePath;
        var page = path[(path.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);
        var folder = $"https://{u.Authority}{(page ? path[..(path.LastIndexOf('/') + 1)] : path.TrimEnd('/') + "/")}";
        if (u.Scheme != Uri.UriSchemeHttps)
            return $"'url' must start with https://, the secure address browsers expect (the site's links, feed and sitemap are written with it): write url: {folder}";
        if (page || u.Query.Length > 0 || u.Fragment.Length > 0)
            return $"'url' is the address of the site's folder, without a page name such as index.html or a ? or # part (every link of the site starts with it): write url: {folder}";
        return null;
    }

    private static readonly string[] RequiredModes = ["started", "wales", "all", "none"];
    private static readonly string[] SharedModes = ["required", "optional"];

    public static SiteSettings Load(ContentRoot root, DiagnosticBag diags, ReferenceList refs)
    {
        const string rel = "data/site.yml";
        var d = SiteSettings.Default;
        if (!root.Exists(rel)) return d;
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
        if (text is null) return d;
        var file = new FileContext(rel, diags);
        var node = YamlDocument.Parse(text, file, out var failed);
        if (failed || node is null) return d;
        var r = MapReader.Of(node, file, "the site settings", Keys);
        if (r is null) return d;
        var email = r.Text("email");
        if (email is not null && email.Trim().StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            diags.Error(r.At("email"), ErrorCodes.UnsafeUrl, $"'email' is the address itself, without 'mailto:' (the site adds it to the link): write email: {MapReader.Clip(email.Trim()[7..].Trim())}");
            email = null;
        }
        if (email is not null && (!email.Contains('@') || email.Any(char.IsWhiteSpace) || !UrlPolicy.IsSafeLink("mailto:" + email)))
        {
            diags.Error(r.At("email"), ErrorCodes.UnsafeUrl, $"'email' must be an email address such as comms@example.nhs.uk, found '{MapReader.Clip(email)}'");
            email = null;
        }
        if (email is not null && email.Trim() is { Length: > 1 } dotted && (dotted[^1] is '.' or ',' or ';')
            && Markdown.MarkdownCheck.EmailShape().IsMatch(dotted.TrimEnd('.', ',', ';')))
        {
            // "comms@wyp.nhs.uk." copied with the full stop of a sentence: the footer link would be broken.
            diags.Error(r.At("email"), ErrorCodes.UnsafeUrl,
                $"'email' ends with '{dotted[^1]}', which is not part of an email address (copied from the end of a sentence?): write email: {MapReader.Clip(dotted.TrimEnd('.', ',', ';'))}");
            email = null;
        }
        if (email is not null && !Markdown.MarkdownCheck.EmailShape().IsMatch(email.Trim()))
        {
            var comma = email.Contains(',', StringComparison.Ordinal) && Markdown.MarkdownCheck.EmailShape().IsMatch(email.Trim().Replace(',', '.'))
                ? $": a comma where a dot belongs? Write email: {MapReader.Clip(email.Trim().Replace(',', '.'))}"
                : " (one @, a dot in the part after it, and no commas or spaces)";
            diags.Error(r.At("email"), ErrorCodes.UnsafeUrl, $"'email' must be an email address such as comms@example.nhs.uk, found '{MapReader.Clip(email)}'{comma}");
            email = null;
        }
        var url = r.Text("url");
        if (url is not null && !UrlPolicy.IsWebAddress(url))
        {
            diags.Error(r.At("url"), ErrorCodes.UnsafeUrl, $"'url' must be the site's public https:// address, found '{MapReader.Clip(url)}'");
            url = null;
        }
        if (url is not null && UrlAdvice(url.Trim()) is { } urlFix)
        {
            diags.Error(r.At("url"), ErrorCodes.UnsafeUrl, urlFix);
            url = null;
        }
        var repository = r.Text("repository")?.Trim();
        if (repository is not null && repository.EndsWith(".git", StringComparison.OrdinalIgnoreCase) && Repository().IsMatch(repository[..^4]))
        {
            // "owner/name.git", copied from the clone address: the forms would look for a repository that does not exist.
            diags.Error(r.At("repository"), ErrorCodes.AdminRepository,
                $"'repository' is the GitHub repository as owner/name, without the '.git' of the clone address: write repository: {repository[..^4]}");
            repository = null;
        }
        if (repository is not null && !Repository().IsMatch(repository))
        {
            diags.Error(r.At("repository"), ErrorCodes.AdminRepository,
                $"'repository' must be the GitHub repository as owner/name, such as west-yorkshire-hcp/anchors, found '{MapReader.Clip(repository)}'");
            repository = null;
        }
        var language = r.Text("language") ?? d.Language;
        if (language is not ("en-GB" or "en" or "cy" or "cy-GB"))
        {
            diags.Error(r.At("language"), ErrorCodes.InvalidChoice, $"'language' must be en-GB or cy, found '{MapReader.Clip(language)}'");
            language = d.Language;
        }
        return new SiteSettings(r.Text("title")?.Trim() ?? d.Title, r.Text("description")?.Trim(), r.Text("publisher")?.Trim() ?? d.Publisher,
            email, language, url?.TrimEnd('/')) { Welsh = Welsh(r, diags, refs), Repository = repository };
    }

    /// <summary>welsh: publish (true|false), required (wales|all|none or a list of system ids), shared (required|optional), unofficial.</summary>
    private static WelshSettings Welsh(MapReader site, DiagnosticBag diags, ReferenceList refs)
    {
        var d = WelshSettings.Default;
        if (!site.Has("welsh")) return d;
        var w = site.Object("welsh", "the Welsh publishing settings", WelshKeys);
        if (w is null) return d;
        var mode = d.RequiredMode;
        IReadOnlyList<string> ids = [];
        if (w.Node("required") is YamlDotNet.RepresentationModel.YamlSequenceNode)
        {
            var list = w.References("required", ReferenceKind.System, refs);
            (mode, ids) = ("list", list.Select(x => x.Id).ToList());
        }
        else if (w.Text("required") is { } text)
        {
            if (RequiredModes.Contains(text)) mode = text;
            else diags.Error(w.At("required"), ErrorCodes.InvalidChoice,
                $"'required' must be started (Welsh boards with any Welsh file, the default), wales (every system in Wales), all, none, or a list of system ids such as [hywel-dda], found '{MapReader.Clip(text)}'{Suggest.Hint(text, RequiredModes)}");
        }
        bool? shared = null;
        if (w.Text("shared") is { } s)
        {
            if (SharedModes.Contains(s)) shared = s == "required";
            else diags.Error(w.At("shared"), ErrorCodes.InvalidChoice, $"'shared' must be required or optional, found '{MapReader.Clip(s)}'{Suggest.Hint(s, SharedModes)}");
        }
        return new WelshSettings(w.Bool("publish"), mode, ids, shared, w.Bool("unofficial") ?? false);
    }

    /// <summary>A GitHub owner (letters, digits, hyphens) and repository name (also dots and underscores).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Repository();
}
