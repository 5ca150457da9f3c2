using System.Globalization;
using System.Text.RegularExpressions;
using Maps.Api.Languages;

namespace Maps.Api.Widgets;

/// <summary>
/// A widget address of this site, parsed strictly and rebuilt from what was understood: oEmbed writes the rebuilt
/// address into HTML that other sites render, so nothing of the address it was given is echoed. Only http(s), this
/// site's own host and port, no user info, and a path of /embed/{id} (a saved widget) or /embed?… (an unsaved one,
/// whose known parameters are validated one by one; unknown ones are dropped).
/// </summary>
public sealed partial record EmbedAddress(string? WidgetId, IReadOnlyList<KeyValuePair<string, string>> Query)
{
    /// <summary>The /embed?… parameters the page reads (frontend/src/widgets/config.ts), each with its check.</summary>
    private static readonly Dictionary<string, Func<string, bool>> Parameters = new()
    {
        ["layers"] = v => v.Length <= 600 && v.Split(',').All(LayerId().IsMatch),
        ["year"] = v =>
            int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100,
        ["view"] = v => View().IsMatch(v),
        ["title"] = v => v.Length <= WidgetConfig.MaxTitle,
        ["caption"] = v => v.Length <= WidgetConfig.MaxCaption,
        ["basemap"] = v => v is "offline" or "osm",
        ["type"] = v => v is "map" or "tour",
        ["lang"] = v => Language.All.Contains(v),
    };

    public static bool TryParse(string? url, HttpRequest request, out EmbedAddress address)
    {
        address = new EmbedAddress(null, []);
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var target)) return false;
        if (target.Scheme is not ("http" or "https") || target.UserInfo.Length > 0) return false;
        if (!IsOwnOrigin(target, request)) return false;
        var path = target.AbsolutePath;
        if (path == "/embed")
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(target.Query);
            var kept = query
                .Where(p => Parameters.TryGetValue(p.Key, out var valid) && p.Value.Count == 1 && valid(p.Value[0]!))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Key, p.Value[0]!)).ToList();
            address = new EmbedAddress(null, kept);
            return true;
        }
        var match = SavedPath().Match(path);
        if (!match.Success) return false;
        address = new EmbedAddress(match.Groups[1].Value, []);
        return true;
    }

    /// <summary>
    /// This site's host, on the port the request names, or on its scheme's default port when the request names none:
    /// "host" and "host:443" are one origin over https, "host:8080" is another. The scheme is not compared: behind a
    /// proxy that ends TLS the app may see http for its own https address, and the answer is rebuilt either way.
    /// </summary>
    private static bool IsOwnOrigin(Uri target, HttpRequest request) =>
        string.Equals(target.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
        && (request.Host.Port is { } port ? target.Port == port : target.IsDefaultPort);

    /// <summary>The address on this site's origin (scheme and host as the app sees its own requests).</summary>
    public string Url(string origin) => WidgetId is { } id
        ? $"{origin}/embed/{id}"
        : $"{origin}/embed" + (Query.Count == 0
            ? ""
            : "?" + string.Join('&', Query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")));

    public string? Title => Query.FirstOrDefault(p => p.Key == "title").Value;

    // \z, not $ (which also matches before a final newline); [0-9], not \d (which matches every script's digits).
    [GeneratedRegex(@"^/embed/([a-z0-9]{10})\z")]
    private static partial Regex SavedPath();

    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,39}\z")]
    private static partial Regex LayerId();

    [GeneratedRegex(@"^[0-9]{1,2}/-?[0-9]{1,2}(\.[0-9]{1,6})?/-?[0-9]{1,3}(\.[0-9]{1,6})?\z")]
    private static partial Regex View();
}
