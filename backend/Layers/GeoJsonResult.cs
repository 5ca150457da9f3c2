using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Maps.Api.Layers;

/// <summary>
/// Writes a GeoJSON body with a strong ETag and Cache-Control: 304 when If-None-Match already holds it,
/// otherwise the precompressed form the client accepts (Brotli, then gzip), or the plain JSON.
/// </summary>
public sealed class GeoJsonResult(LayerPayload payload) : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "application/geo+json";

    /// <summary>Layer data changes only with a deployment of new geodata; an hour of freshness, then revalidation.</summary>
    public const string CacheControl = "public, max-age=3600";

    public async Task ExecuteAsync(HttpContext context)
    {
        var (encoding, body, suffix) = Negotiate(context.Request);
        var etag = $"\"{payload.Hash}{suffix}\"";
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (Matches(context.Request, payload.Hash))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.ContentType = MediaType;
        if (encoding is not null) headers.ContentEncoding = encoding;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private (string? Encoding, byte[] Body, string Suffix) Negotiate(HttpRequest request)
    {
        var accepted = StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values)
            ? values.Where(v => v.Quality is not 0).Select(v => v.Value.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        if (accepted.Contains("br")) return ("br", payload.Brotli, "-br");
        if (accepted.Contains("gzip")) return ("gzip", payload.Gzip, "-gz");
        return (null, payload.Json, "");
    }

    /// <summary>If-None-Match uses weak comparison; any encoding of the same body is still fresh for this client.</summary>
    private static bool Matches(HttpRequest request, string hash)
    {
        foreach (var value in request.Headers.IfNoneMatch)
        {
            if (value is null) continue;
            if (value.Trim() == "*") return true;
            foreach (var tag in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var opaque = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
                if (opaque is [ '"', .. var inner, '"' ] && (inner == hash || inner == hash + "-br" || inner == hash + "-gz"))
                    return true;
            }
        }
        return false;
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(object), [MediaType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
