using System.Text.RegularExpressions;
using Maps.Api.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;

namespace Maps.Api.Ogc;

/// <summary>
/// Items pages asked again are answered from the framework's output cache, in the encoding they were compressed to
/// (a GIS client reloading a layer asks for the same page; the full-resolution borders are 1.75 MB to compress).
/// Only pages asked plainly are kept: no parameter but limit (a number in range, as written by a client) and f, and a
/// Host that is one of the names the app answers (AllowedHosts) on the port the request came in on. Every part of the
/// key then comes from a finite set (host names, collections, limits, two formats, four encodings, the data version),
/// so no reader can fill the cache with variations of one answer. With AllowedHosts "*" nothing is kept. Filtered and
/// later pages are written per request from the prepared features.
/// </summary>
internal sealed partial class OgcItemsCaching(
    IResponseCompressionProvider compression, DataVersionWatch data, IConfiguration config) : IOutputCachePolicy
{
    private readonly HashSet<string> hosts = (config["AllowedHosts"] ?? "")
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public const string Name = "ogc-items";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var plain = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && IsPlain(http.Request.Query) && IsNamed(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = plain;
        context.AllowCacheStorage = plain;
        context.AllowLocking = true;
        context.Tags.Add(Hosting.OutputCaching.StoredDataTag);
        // The stored data's version is part of the key, so an answer built from old data is never found again even if
        // it is stored after the eviction; the eviction frees its bytes.
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.QueryKeys = new StringValues(["limit", "f"]);
        context.CacheVaryByRules.VaryByValues["data"] = data.Current ?? "";
        // JSON pages are gzip to whoever takes it (OgcResult), HTML is the middleware's choice: the key names both.
        var middleware = compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";
        context.CacheVaryByRules.VaryByValues["encoding"] =
            $"{(OgcResult.TakesGzip(http.Request) ? "gzip" : "no-gzip")}/{middleware}";
        // Without f, the format follows Accept (see OgcApi.TryFormat): only whether it names text/html counts.
        context.CacheVaryByRules.VaryByValues["html"] = http.Request.Headers.Accept
            .Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true) ? "yes" : "no";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    /// <summary>Only whole pages are kept: a 304 or a problem is answered again.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>No parameter but limit (1 to 10,000, no leading zero) and f (json or html), each once.</summary>
    private static bool IsPlain(IQueryCollection query) =>
        query.All(p => p.Value.Count == 1 && p.Key switch
        {
            "limit" => Limit().IsMatch(p.Value[0]!) && int.Parse(p.Value[0]!) <= OgcItemsQuery.MaxLimit,
            "f" => p.Value[0] is "json" or "html",
            _ => false,
        });

    /// <summary>A Host named in AllowedHosts, without a port or with the one the connection came in on.</summary>
    private bool IsNamed(HttpContext http) =>
        !hosts.Contains("*") && hosts.Contains(http.Request.Host.Host)
        && (http.Request.Host.Port is null || http.Request.Host.Port == http.Connection.LocalPort);

    // \z, not $: "$" also matches before a final newline.
    [GeneratedRegex("^[1-9][0-9]{0,4}\\z")]
    private static partial Regex Limit();
}
