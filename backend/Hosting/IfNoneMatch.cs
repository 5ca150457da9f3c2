using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Maps.Api.Hosting;

/// <summary>
/// Whether a GET's If-None-Match already holds the representation it asks for, so the answer is 304 (RFC 9110
/// §13.1.2). The framework parses the header; the comparison is weak, as the RFC asks of If-None-Match: W/ on either
/// side is ignored, so a tag weakened on the way (a proxy that compresses may do so) still holds. <c>*</c> holds any
/// current representation.
/// </summary>
public static class IfNoneMatch
{
    /// <summary>
    /// True when one of the request's tags is <c>*</c> or weakly equals one of <paramref name="current"/>. A header
    /// that does not parse as a list of entity tags holds nothing: the full answer is never wrong, a 304 to garbage
    /// could be.
    /// </summary>
    public static bool Holds(HttpRequest request, params ReadOnlySpan<EntityTagHeaderValue> current)
    {
        var header = request.Headers.IfNoneMatch;
        if (StringValues.IsNullOrEmpty(header) || !EntityTagHeaderValue.TryParseStrictList(header, out var held))
            return false;
        foreach (var tag in held)
        {
            if (tag.Equals(EntityTagHeaderValue.Any)) return true;
            foreach (var etag in current)
                if (tag.Compare(etag, useStrongComparison: false)) return true;
        }
        return false;
    }
}
