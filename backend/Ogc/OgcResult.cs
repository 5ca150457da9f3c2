using System.Buffers;
using Maps.Api.Hosting;
using Microsoft.Net.Http.Headers;

namespace Maps.Api.Ogc;

/// <summary>
/// An OGC answer built for this request from parts (an items page: its head, the prepared features and its links):
/// written part by part, never joined into one array; a weak ETag from a hash the caller gives, 304 when
/// If-None-Match already holds it. An answer that can be given as gzip from parts compressed beforehand
/// (<paramref name="gzip"/>, an items page) is, to every client that takes gzip, even one that prefers Brotli:
/// compressing its megabytes per request took the cores. Other answers are the compression middleware's.
/// </summary>
public sealed class OgcResult(
    IReadOnlyList<ReadOnlyMemory<byte>> parts, string hash, string mediaType,
    Func<IReadOnlyList<ReadOnlyMemory<byte>>>? gzip = null) : IResult
{
    public OgcResult(byte[] body, string mediaType) : this([body], EncodedBody.HashOf(body), mediaType)
    {
    }

    public async Task ExecuteAsync(HttpContext context)
    {
        // Weak: the compression middleware may send another encoding of the same content.
        var etag = new EntityTagHeaderValue($"\"{hash}\"", isWeak: true);
        var response = context.Response;
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = EncodedBodyResult.CacheControl;
        // Without f, the answer is HTML or JSON by Accept: a shared cache must keep them apart.
        response.Headers.Append(HeaderNames.Vary, "Accept");
        // Compressed here or by the middleware: a 304 varies as its 200 does (RFC 9110 §15.4.5).
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (IfNoneMatch.Holds(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = mediaType;
        var body = parts;
        if (gzip is not null && TakesGzip(context.Request))
        {
            body = gzip();
            response.Headers.ContentEncoding = "gzip";
        }
        response.ContentLength = body.Sum(p => (long)p.Length);
        // Into the response's pipe, flushed every 64 KB: a stream write of each part would send each comma on its own.
        var unflushed = 0L;
        foreach (var part in body)
        {
            response.BodyWriter.Write(part.Span);
            if ((unflushed += part.Length) < 64 * 1024) continue;
            await response.BodyWriter.FlushAsync(context.RequestAborted);
            unflushed = 0;
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// Accept-Encoding names gzip, or * without naming it, with a quality above 0 (RFC 9110 §12.5.3).
    /// </summary>
    public static bool TakesGzip(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        var named = accepted.FirstOrDefault(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            ?? accepted.FirstOrDefault(e => e.Value == "*");
        return named is not null && named.Quality is null or > 0;
    }
}
