namespace StatiqReport.Output;

/// <summary>
/// The site's security policy in one place: no inline or foreign scripts, styles, fonts or images;
/// no plugins, frames or form posts elsewhere. Sent as a meta element on every page and, for hosts
/// that read one, in a _headers file (which can also forbid framing).
/// </summary>
public static class Security
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// A _headers file (Netlify, Cloudflare Pages and others) for the whole site. With the forms at /admin/
    /// (`build --admin`), whose editor needs styles it injects itself, the site-wide policy cannot be sent as
    /// a header: those hosts combine every rule that matches a path, and a browser enforces every policy it
    /// is sent, so /admin/ would get the site's as well as its own. The pages then keep their policy in
    /// their meta element, framing stays forbidden by X-Frame-Options, and /admin/ gets the editor's policy.
    /// </summary>
    public static string HeadersFile(string basePath, bool admin = false) =>
        $"{basePath}*\n" +
        (admin ? "" : $"  Content-Security-Policy: {ContentSecurityPolicy}; frame-ancestors 'none'\n") +
        $"  Referrer-Policy: {ReferrerPolicy}\n" +
        "  X-Content-Type-Options: nosniff\n" +
        "  X-Frame-Options: DENY\n" +
        "  Permissions-Policy: camera=(), microphone=(), geolocation=()\n" +
        // Theme files live under a folder named by a hash of their content (ThemeAssets): never stale, so kept a year.
        $"{basePath}assets/*\n  Cache-Control: public, max-age=31536000, immutable\n" +
        (admin ? $"{basePath}admin/*\n  Content-Security-Policy: {Admin.AdminPage.ContentSecurityPolicy}; frame-ancestors 'none'\n" : "");
}
