using System.Text.Json.Nodes;
using Maps.Api.Geo;
using Maps.Api.Storage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Maps.Api.Routes;

public sealed record NetworkNode(string Id, string Name, string Kind, string Country, Coordinate Location);

/// <summary>
/// A segment of the network with what the metrics need precomputed once: geodesic length and the countries it crosses.
/// A segment whose gauge changes inside it (GaugeMmEnd, at GaugeBreakAt) is one the data could not split.
/// </summary>
public sealed record NetworkSegment(
    string Id, string From, string To, string Mode, int? GaugeMm, int? GaugeMmEnd, string? GaugeBreakAt, string Status,
    LineString Line, double LengthKm, IReadOnlyList<CountryPiece> Countries, JsonArray Sources)
{
    public int? GaugeAtEnd => GaugeMmEnd ?? GaugeMm;
}

/// <summary>A route of routes.json: its nodes, the transit times published for it, or why there are none.</summary>
public sealed record RouteDefinition(
    string Id, string Name, string From, string To, IReadOnlyList<string> Nodes, JsonArray Transit, JsonObject? TransitNote);

/// <summary>
/// The freight network (geodata/network.geojson as stored), the routes over it, the borders to intersect with,
/// land to tell sea from land, and the indicative factors; loaded once, it changes only with geodata/.
/// </summary>
public sealed class RouteNetwork
{
    public required IReadOnlyDictionary<string, NetworkNode> Nodes { get; init; }
    public required IReadOnlyList<NetworkSegment> Segments { get; init; }
    public required IReadOnlyList<RouteDefinition> Routes { get; init; }
    public required CountryPath Countries { get; init; }
    public required IPreparedGeometry Land { get; init; }
    public required Geometry LandShape { get; init; }
    public required JsonObject Factors { get; init; }

    // Built once, on first use, by whichever request comes first: the network is shared by every request.
    private IReadOnlyDictionary<(string, string), NetworkSegment> ByEnds =>
        LazyInitializer.EnsureInitialized(ref byEnds, () => Segments.GroupBy(s => (s.From, s.To)).ToDictionary(g => g.Key, g => g.Last()));

    private IReadOnlyDictionary<(string, string), NetworkSegment>? byEnds;

    /// <summary>The segment joining two nodes, and whether it runs backwards from the first to the second.</summary>
    public (NetworkSegment Segment, bool Reversed)? Between(string a, string b)
    {
        var byEnds = ByEnds;
        if (byEnds.TryGetValue((a, b), out var forward)) return (forward, false);
        if (byEnds.TryGetValue((b, a), out var backward)) return (backward, true);
        return null;
    }

    public static async Task<RouteNetwork> LoadAsync(IAtlasStore store, CancellationToken ct)
    {
        var borders = (await store.GetFeaturesAsync("borders", ct)).Select(f => (f.FeatureId, f.Geometry)).ToList();
        var countries = new CountryPath(borders);
        var land = (await store.GetFeaturesAsync("land", ct)).Single().Geometry;
        var nodes = new Dictionary<string, NetworkNode>();
        var segments = new List<NetworkSegment>();
        foreach (var feature in await store.GetFeaturesAsync("network", ct))
        {
            var p = JsonNode.Parse(feature.PropertiesJson)!.AsObject();
            if (p["featureType"]!.GetValue<string>() == "node")
            {
                nodes[feature.FeatureId] = new NetworkNode(feature.FeatureId, Text(p, "name")!, Text(p, "kind")!, Text(p, "country")!, feature.Geometry.Coordinate);
                continue;
            }
            var line = (LineString)feature.Geometry;
            var length = Geodesic.LengthKm(line);
            segments.Add(new NetworkSegment(feature.FeatureId, Text(p, "from")!, Text(p, "to")!, Text(p, "mode")!,
                Int(p, "gaugeMm"), Int(p, "gaugeMmEnd"), Text(p, "gaugeBreakAt"), Text(p, "status")!,
                line, length, CountriesOf(p, line, length, countries), p["sources"]!.AsArray()));
        }
        var routes = JsonNode.Parse(await store.GetDocumentAsync("routes", ct) ?? "{\"routes\":[]}")!["routes"]!.AsArray()
            .Select(r => new RouteDefinition(Text(r!.AsObject(), "id")!, Text(r.AsObject(), "name")!, Text(r.AsObject(), "from")!,
                Text(r.AsObject(), "to")!, r["nodes"]!.AsArray().Select(n => n!.GetValue<string>()).ToList(), r["transit"]!.AsArray(),
                r["transitNote"]?.AsObject()))
            .ToList();
        var factors = JsonNode.Parse(await store.GetDocumentAsync("route-factors", ct) ?? "{}")!.AsObject();
        return new RouteNetwork
        {
            Nodes = nodes, Segments = segments, Routes = routes, Countries = countries,
            Land = PreparedGeometryFactory.Prepare(land), LandShape = land, Factors = factors,
        };
    }

    /// <summary>
    /// From the borders layer, unless the data names the countries of a schematic segment (with a source): a straight
    /// drawing can clip a neighbour that the real track never enters.
    /// </summary>
    private static IReadOnlyList<CountryPiece> CountriesOf(JsonObject p, LineString line, double length, CountryPath countries)
    {
        if (p["countriesOverride"]?["countries"] is not JsonArray named) return countries.Along(line);
        return named.Select((c, i) => new CountryPiece(c!.GetValue<string>(), i, length / named.Count)).ToList();
    }

    private static string? Text(JsonObject o, string name) => o[name]?.GetValue<string>();

    private static int? Int(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
}

/// <summary>Loads the network on first use, and again after a load that failed.</summary>
public sealed class RouteNetworkProvider(IAtlasStore store)
{
    private readonly RetryingLoad<RouteNetwork> network = new(() => RouteNetwork.LoadAsync(store, CancellationToken.None));

    public Task<RouteNetwork> GetAsync() => network.GetAsync();
}
