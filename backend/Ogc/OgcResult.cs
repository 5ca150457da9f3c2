using System.Buffers;
using Maps.Api.Hosting;
using Microsoft.Net.Http.Headers;

namespace Maps.Api.Ogc;

/// <summary>
/// An OGC answer built for this request from parts (an items page: its head, the prepared features and its links):
/// written part by part, never joined into one array; a strong ETag from a hash the caller gives, 304 when
/// If-None-Match already holds it; compression is the middleware's.
/// </summary>
public sealed class OgcResult(IReadOnlyList<ReadOnlyMemory<byte>> parts, string hash, string mediaType) : IResult
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
        if (IfNoneMatch.Holds(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = mediaType;
        response.ContentLength = parts.Sum(p => (long)p.Length);
        // Into the response's pipe, flushed every 64 KB: a stream write of each part would send each comma on its own.
        var unflushed = 0L;
        foreach (var part in parts)
        {
            response.BodyWriter.Write(part.Span);
            if ((unflushed += part.Length) < 64 * 1024) continue;
            await response.BodyWriter.FlushAsync(context.RequestAborted);
            unflushed = 0;
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
