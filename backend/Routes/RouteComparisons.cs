using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using WrittenRoute = (Maps.Api.Routes.RouteFigures Figures, byte[] Json);

namespace Maps.Api.Routes;

/// <summary>
/// Each route's comparison object, computed and written once per route and language (a finite set: the routes the
/// network defines, in each language's network). A comparison answer is these bytes joined in the order asked for, so
/// the orderings and subsets of ids a client may ask for cost a copy each, and nothing is kept per ordering. Kept with
/// the network they were computed from (one per language) and the figures they carry: when the stored data changes and
/// either is loaded again, the old comparisons are not served.
/// </summary>
public sealed class RouteComparisons(IOptions<JsonOptions> json)
{

    private readonly ConditionalWeakTable<RouteNetwork, ConcurrentDictionary<string, WrittenRoute>> written = new();

    /// <summary>
    /// The comparison of a route the network defines (callers check the id first), with these figures.
    /// </summary>
    public byte[] Get(RouteNetwork network, RouteFigures figures, string id)
    {
        var routes = written.GetOrCreateValue(network);
        if (routes.TryGetValue(id, out var kept) && ReferenceEquals(kept.Figures, figures)) return kept.Json;
        var answer = JsonSerializer.SerializeToUtf8Bytes(
            RoutesApi.Answer(network, figures, network.Routes.Single(r => r.Id == id)), json.Value.SerializerOptions);
        routes[id] = (figures, answer);
        return answer;
    }

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
