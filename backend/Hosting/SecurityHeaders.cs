using Microsoft.Net.Http.Headers;

namespace Maps.Api.Hosting;

/// <summary>
/// A strict Content-Security-Policy, nosniff and a referrer policy on every response, errors included: scripts, styles
/// and data from this origin only, and no framing by other sites, except the embed pages, which exist to be framed
/// anywhere. Online tiles, when configured, are the one other origin images may come from.
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var tiles = TileOrigin(app.Configuration["Atlas:OnlineTiles:Url"]);
        string Policy(string ancestors) => string.Join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", $"img-src 'self' data: blob:{tiles}",
            "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
            "frame-src 'self'", $"frame-ancestors {ancestors}");
        var page = Policy("'self'");
        var embed = Policy("*");
        // Vite's dev server injects inline styles and a websocket client; the policy guards built pages.
        var enforce = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            var response = context.Response;
            var policy = context.Request.Path.StartsWithSegments("/embed") ? embed : page;
            void Set(IHeaderDictionary headers)
            {
                headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
                headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
                if (enforce) headers.TryAdd(HeaderNames.ContentSecurityPolicy, policy);
            }
            // Set now, so an endpoint may extend the policy (the API reference adds its nonce), and
            // again as the response starts: the exception handler clears a failed request's headers
            // before it writes the problem detail.
            Set(response.Headers);
            response.OnStarting(() =>
            {
                Set(response.Headers);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>"https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" → " https://*.tile.openstreetmap.org".</summary>
    private static string TileOrigin(string? template)
    {
        if (string.IsNullOrWhiteSpace(template)) return "";
        var host = template.Replace("{s}.", "*.", StringComparison.Ordinal);
        var schemeEnd = host.IndexOf("://", StringComparison.Ordinal);
        var pathStart = host.IndexOf('/', schemeEnd + 3);
        return " " + (pathStart < 0 ? host : host[..pathStart]);
    }
}
