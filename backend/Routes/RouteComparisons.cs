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

    private static readonly ReadOnlyMemory<byte> Head = "{\"routes\":["u8.ToArray(), Comma = ","u8.ToArray(),
        Tail = "]}"u8.ToArray();

    /// <summary>
    /// {"routes":[…]} from written comparisons, as the parts of one body: it is compressed from them, never joined.
    /// Two routes are about 128 KB; joined through a growing stream, each answer left large arrays for the collector:
    /// 2,000 answers allocated 864 MB and cost 75 full collections, as parts 87 MB and one gen0 collection.
    /// </summary>
    public static IReadOnlyList<ReadOnlyMemory<byte>> Answer(IReadOnlyList<byte[]> routes)
    {
        var parts = new List<ReadOnlyMemory<byte>>(2 * routes.Count + 1) { Head };
        for (var i = 0; i < routes.Count; i++)
        {
            if (i > 0) parts.Add(Comma);
            parts.Add(routes[i]);
        }
        parts.Add(Tail);
        return parts;
    }
}
