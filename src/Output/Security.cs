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

    /// <summary>A _headers file (Netlify, Cloudflare Pages and others) for the whole site.</summary>
    public static string HeadersFile(string basePath) =>
        $"{basePath}*\n" +
        $"  Content-Security-Policy: {ContentSecurityPolicy}; frame-ancestors 'none'\n" +
        $"  Referrer-Policy: {ReferrerPolicy}\n" +
        "  X-Content-Type-Options: nosniff\n" +
        "  X-Frame-Options: DENY\n" +
        "  Permissions-Policy: camera=(), microphone=(), geolocation=()\n";
}
