using Microsoft.Net.Http.Headers;

namespace Maps.Api.Hosting;

/// <summary>
/// Writes an <see cref="EncodedBody"/> with a strong ETag and Cache-Control: 304 when If-None-Match already holds it,
/// otherwise the precompressed form the client accepts (Brotli, then gzip), or the plain JSON.
/// </summary>
public abstract class EncodedBodyResult(EncodedBody body, string mediaType, string cacheControl = EncodedBodyResult.CacheControl)
    : IResult
{
    /// <summary>The data behind these bodies changes only with a deployment of new geodata: an hour fresh, then revalidated.</summary>
    public const string CacheControl = "public, max-age=3600";

    public async Task ExecuteAsync(HttpContext context)
    {
        var (encoding, bytes, suffix) = Negotiate(context.Request.Headers.AcceptEncoding);
        var headers = context.Response.Headers;
        headers.ETag = $"\"{body.Hash}{suffix}\"";
        headers.CacheControl = cacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (Matches(context.Request, body.Hash))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.ContentType = mediaType;
        if (encoding is not null) headers.ContentEncoding = encoding;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private (string? Encoding, byte[] Body, string Suffix) Negotiate(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        var accepted = StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var values)
            ? values.Where(v => v.Quality is not 0).Select(v => v.Value.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        if (body.Brotli is { } brotli && accepted.Contains("br")) return ("br", brotli, "-br");
        if (body.Gzip is { } gzip && accepted.Contains("gzip")) return ("gzip", gzip, "-gz");
        return (null, body.Plain, "");
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
                if (opaque is ['"', .. var inner, '"'] && (inner == hash || inner == hash + "-br" || inner == hash + "-gz"))
                    return true;
            }
        }
        return false;
    }
}
