using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Maps.Api.Routes;

/// <summary>
/// Each route's comparison object, computed and written once per route and language (a finite set: the routes the
/// network defines, in each language's network). A comparison answer is these bytes joined in the order asked for, so the
/// orderings and subsets of ids a client may ask for cost a copy each, and nothing is kept per ordering.
/// </summary>
public sealed class RouteComparisons(IOptions<JsonOptions> json)
{
    // Kept with the network they were computed from (one per language): when the stored data changes and the network
    // is loaded again, the comparisons of the old one go with it.
    private readonly ConditionalWeakTable<RouteNetwork, ConcurrentDictionary<string, byte[]>> written = new();

    /// <summary>The comparison of a route the network defines (callers check the id first).</summary>
    public byte[] Get(RouteNetwork network, RouteFigures figures, string id) =>
        written.GetOrCreateValue(network).GetOrAdd(id, _ => JsonSerializer.SerializeToUtf8Bytes(
            RoutesApi.Answer(network, figures, network.Routes.Single(r => r.Id == id)), json.Value.SerializerOptions));

    /// <summary>{"routes":[…]} from written comparisons.</summary>
    public static byte[] Answer(IReadOnlyList<byte[]> routes)
    {
        using var buffer = new MemoryStream();
        buffer.Write("{\"routes\":["u8);
        for (var i = 0; i < routes.Count; i++)
        {
            if (i > 0) buffer.WriteByte((byte)',');
            buffer.Write(routes[i]);
        }
        buffer.Write("]}"u8);
        return buffer.ToArray();
    }
}
