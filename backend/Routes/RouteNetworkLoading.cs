using System.Text.Json.Nodes;
using Maps.Api.Geo;
using Maps.Api.Storage;
using NetTopologySuite.Geometries;

namespace Maps.Api.Routes;

/// <summary>
/// The network as the store holds it: the network layer, the borders and the land, and the routes' documents.
/// </summary>
public sealed partial class RouteNetwork
{
    public static async Task<RouteNetwork> LoadAsync(IAtlasStore store, CancellationToken ct)
    {
        var borders = (await store.GetFeaturesAsync("borders", ct)).Select(f => (f.FeatureId, f.Geometry)).ToList();
        // The full-resolution borders and their prepared indexes serve the loading only (each segment's countries): the
        // network does not keep them, as they would hold about 20 MB at rest that no request reads.
        var countries = new CountryPath(borders);
        var land = (await store.GetFeaturesAsync("land", ct)).Single().Geometry;
        var (nodes, segments, lines) = ReadNetwork(await store.GetFeaturesAsync("network", ct), countries);
        var routes = ReadRoutes(await store.GetDocumentAsync("routes", ct));
        var factors = JsonNode.Parse(await store.GetDocumentAsync("route-factors", ct) ?? "{}")!.AsObject();
        // Drawn lengths as the app measures them, so a line's segments share out its published length exactly.
        var byId = segments.ToDictionary(s => s.Id);
        lines = lines.Values.Select(l => l with { DrawnKm = l.Segments.Sum(id => byId[id].LengthKm) })
            .ToDictionary(l => l.Id);
        return new RouteNetwork
        {
            Nodes = nodes, Segments = segments, Lines = lines, Routes = routes, LandShape = land, Factors = factors,
            Drawn = DrawnRouteShapes.Of(borders, land),
            byEnds = segments.ToDictionary(s => (s.From, s.To)),
            linesBySegment = segments.ToDictionary(s => s.Id, s => (IReadOnlyList<PublishedLine>)lines.Values
                .Where(l => l.Segments.Contains(s.Id)).OrderBy(l => l.Segments.Count).ToList()),
        };
    }

    /// <summary>The network layer's nodes and segments, and the published lines the segments belong to.</summary>
    private static (Dictionary<string, NetworkNode>, List<NetworkSegment>, Dictionary<string, PublishedLine>)
        ReadNetwork(IReadOnlyList<FeatureRecord> features, CountryPath countries)
    {
        var nodes = new Dictionary<string, NetworkNode>();
        var segments = new List<NetworkSegment>();
        var lines = new Dictionary<string, PublishedLine>();
        foreach (var feature in features)
        {
            var p = JsonNode.Parse(feature.PropertiesJson)!.AsObject();
            if (p["featureType"]!.GetValue<string>() == "node")
            {
                nodes[feature.FeatureId] = new NetworkNode(feature.FeatureId, Text(p, "name")!, Text(p, "kind")!,
                    Text(p, "country")!, feature.Geometry.Coordinate, p["names"]?.AsObject());
                continue;
            }
            segments.Add(SegmentOf(feature.FeatureId, p, (LineString)feature.Geometry, countries));
            foreach (var published in p["published"]?.AsArray() ?? [])
                lines.TryAdd(Text(published!.AsObject(), "id")!, LineOf(published.AsObject()));
        }
        return (nodes, segments, lines);
    }

    private static NetworkSegment SegmentOf(string id, JsonObject p, LineString line, CountryPath countries)
    {
        var length = Geodesic.LengthKm(line);
        return new NetworkSegment(id, Text(p, "name")!, Text(p, "from")!, Text(p, "to")!, Text(p, "mode")!,
            Int(p, "gaugeMm"), Int(p, "gaugeMmEnd"), Text(p, "gaugeBreakAt"),
            p["gauges"]?.AsArray().Select(g => g!.GetValue<int>()).ToList() ?? [],
            Text(p, "status")!, p["expectedOpening"]?.AsObject(), Text(p, "vessel"),
            line, length, CountriesOf(p, line, length, countries), p["sources"]!.AsArray(), p["names"]?.AsObject());
    }

    private static List<RouteDefinition> ReadRoutes(string? document) =>
        JsonNode.Parse(document ?? "{\"routes\":[]}")!["routes"]!.AsArray()
            .Select(r => r!.AsObject())
            .Select(r => new RouteDefinition(Text(r, "id")!, Text(r, "name")!, Text(r, "from")!, Text(r, "to")!,
                r["nodes"]!.AsArray().Select(n => n!.GetValue<string>()).ToList(), r["transit"]!.AsArray(),
                r["transitNote"]?.AsObject(), r["transitComparisons"]?.AsArray(), r["names"]?.AsObject(),
                r["disruption"]?.AsObject(), Text(r, "transitRangeNote")))
            .ToList();

    private static PublishedLine LineOf(JsonObject p) => new(Text(p, "id")!, Text(p, "name")!,
        p["segments"]!.AsArray().Select(s => s!.GetValue<string>()).ToList(), p["figures"]!.AsArray(),
        p["drawnKm"]!.GetValue<double>(), Text(p, "shortfall"));

    /// <summary>
    /// From the borders layer, unless the data names the countries of a schematic segment (with a source): a straight
    /// drawing can clip a neighbour that the real track never enters.
    /// </summary>
    private static IReadOnlyList<CountryPiece> CountriesOf(
        JsonObject p, LineString line, double length, CountryPath countries)
    {
        if (p["countriesOverride"]?["countries"] is not JsonArray named) return countries.Along(line);
        return named.Select((c, i) => new CountryPiece(c!.GetValue<string>(), i, length / named.Count)).ToList();
    }

    private static string? Text(JsonObject o, string name) => o[name]?.GetValue<string>();

    private static int? Int(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
}
