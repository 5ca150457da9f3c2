using QuikGraph;
using QuikGraph.Algorithms;

namespace Maps.Api.Routes;

/// <summary>
/// The best path between two nodes over the network (Dijkstra, QuikGraph), by distance or by indicative time, leaving
/// out every segment that enters an avoided country and, today, every link not yet open.
/// </summary>
public static class RoutePlanner
{
    public enum Weight { Distance, Time }

    /// <summary>
    /// Today: operational links only. Planned: with the links under construction, at their expected opening.
    /// </summary>
    public enum Scenario { Today, Planned }

    public static IReadOnlyList<string>? Plan(
        RouteNetwork network, string from, string to, IReadOnlySet<string> avoid, Weight by, Scenario scenario)
    {
        var graph = new AdjacencyGraph<string, TaggedEdge<string, NetworkSegment>>();
        graph.AddVertexRange(network.Nodes.Keys);
        foreach (var segment in network.Segments)
        {
            if (scenario == Scenario.Today && !segment.Operational) continue;
            if (segment.Countries.Any(c => avoid.Contains(c.Iso3))) continue;
            if (avoid.Contains(network.Nodes[segment.From].Country)
                || avoid.Contains(network.Nodes[segment.To].Country)) continue;
            graph.AddEdge(new TaggedEdge<string, NetworkSegment>(segment.From, segment.To, segment));
            graph.AddEdge(new TaggedEdge<string, NetworkSegment>(segment.To, segment.From, segment));
        }
        var paths = graph.ShortestPathsDijkstra(edge => Cost(network, edge.Tag, by), from);
        if (!paths(to, out var edges)) return null;
        return [from, .. edges.Select(e => e.Target)];
    }

    /// <summary>
    /// Kilometres (published where known), or days at the middle of the mode's indicative daily distance.
    /// </summary>
    private static double Cost(RouteNetwork network, NetworkSegment segment, Weight by)
    {
        var km = network.BestKnownKm(segment);
        if (by == Weight.Distance) return km;
        var speeds = network.Factors["kmPerDay"]?[segment.Mode];
        var kmPerDay = speeds is null
            ? 600
            : (speeds["min"]!.GetValue<double>() + speeds["max"]!.GetValue<double>()) / 2;
        return km / kmPerDay;
    }
}
