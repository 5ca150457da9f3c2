using Maps.Api.Hosting;
using Microsoft.Net.Http.Headers;

namespace Maps.Api.Ogc;

/// <summary>
/// An OGC answer built for this request (a page of a large layer is not worth keeping): a strong ETag from its bytes,
/// 304 when If-None-Match already holds it; compression is the middleware's.
/// </summary>
public sealed class OgcResult(byte[] body, string mediaType) : IResult
{
    public Task ExecuteAsync(HttpContext context)
    {
        // Weak: the compression middleware may send another encoding of the same content.
        var etag = $"W/\"{EncodedBody.HashOf(body)}\"";
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = EncodedBodyResult.CacheControl;
        // Without f, the answer is HTML or JSON by Accept: a shared cache must keep them apart.
        response.Headers.Append(HeaderNames.Vary, "Accept");
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || "W/" + t.Trim() == etag)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.ContentType = mediaType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
