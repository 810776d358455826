namespace StatiqReport.Admin;

/// <summary>
/// The page that starts the forms: one external script and no inline script or style, under its own
/// Content-Security-Policy. The policy is looser than the site's (src/Output/Security.cs) where Sveltia
/// needs it: styles it injects at run time, blob: and data: images for previews of uploads, and the
/// GitHub API for saving online. Nothing is loaded from any other site.
/// </summary>
public static class AdminPage
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; " +
        "font-src 'self'; connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com; worker-src 'self' blob:; " +
        "media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

    /// <summary>/admin/index.html for a site titled <paramref name="title"/>.</summary>
    public static string Html(string title) =>
        $"""
        <!doctype html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy}">
        <meta name="referrer" content="strict-origin-when-cross-origin">
        <meta name="robots" content="noindex">
        <title>{System.Net.WebUtility.HtmlEncode(title)}: editing</title>
        <script src="sveltia-cms.js"></script>
        </head>
        <body>
        <noscript>The forms for editing this site need JavaScript.</noscript>
        </body>
        </html>

        """;
}
