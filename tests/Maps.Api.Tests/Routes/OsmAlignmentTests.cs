using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Routes;

/// <summary>
/// geodata/network.geojson against the OpenStreetMap stations copied into geodata/sources/osm: every vertex that cites
/// an OSM node lies within 1 km of that node as the copy gives it, the node's name is the one OpenStreetMap gives, and
/// every feature built on OSM nodes carries the ODbL.
/// </summary>
public sealed class OsmAlignmentTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");

    private static readonly JsonElement[] Features =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "network.geojson"))).RootElement.GetProperty("features").EnumerateArray().ToArray();

    /// <summary>The copies in the repository's geodata/sources/osm, read from the source tree (they are not shipped).</summary>
    private static readonly Lazy<Dictionary<long, JsonElement>> OsmNodes = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "geodata", "sources", "osm"))) dir = dir.Parent;
        Assert.True(dir is not null, "geodata/sources/osm is missing");
        return Directory.GetFiles(Path.Combine(dir!.FullName, "geodata", "sources", "osm"), "*.json")
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray())
            // A border station may be in two countries' files.
            .GroupBy(n => n.GetProperty("id").GetInt64()).ToDictionary(g => g.Key, g => g.First());
    });

    /// <summary>Every point that cites an OSM node: segment vertices (stations) and nodes, with the feature they belong to.</summary>
    private static IEnumerable<(string What, JsonElement Feature, Coordinate At, JsonElement Gazetteer)> OsmPoints()
    {
        foreach (var f in Features)
        {
            var p = f.GetProperty("properties");
            var id = f.GetProperty("id").GetString()!;
            if (p.GetProperty("featureType").GetString() == "node")
            {
                if (p.GetProperty("gazetteer").TryGetProperty("osmNode", out _))
                    yield return (id, f, Point(f.GetProperty("geometry").GetProperty("coordinates")), p.GetProperty("gazetteer"));
                continue;
            }
            if (!p.TryGetProperty("stations", out var stations)) continue;
            var vertices = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Skip(1).Select(Point).ToList();
            foreach (var (station, vertex) in stations.EnumerateArray().Zip(vertices))
                if (station.GetProperty("gazetteer").TryGetProperty("osmNode", out _))
                    yield return ($"{id}/{station.GetProperty("name").GetString()}", f, vertex, station.GetProperty("gazetteer"));
        }
    }

    [Fact]
    public void Every_vertex_that_cites_an_osm_node_lies_within_one_km_of_it()
    {
        var points = OsmPoints().ToList();
        Assert.True(points.Count >= 150, $"only {points.Count} vertices cite an OSM node");
        foreach (var (what, _, at, gazetteer) in points)
        {
            var id = gazetteer.GetProperty("osmNode").GetInt64();
            Assert.True(OsmNodes.Value.TryGetValue(id, out var node), $"{what}: OSM node {id} is not in geodata/sources/osm");
            var cited = new Coordinate(node.GetProperty("lon").GetDouble(), node.GetProperty("lat").GetDouble());
            Assert.True(Geodesic.DistanceKm(at, cited) <= 1, $"{what} lies {Geodesic.DistanceKm(at, cited):0.0} km from OSM node {id}");
            var names = new[] { "name", "nameLocal" }.Select(k => node.TryGetProperty(k, out var n) ? n.GetString() : null);
            Assert.Contains(gazetteer.GetProperty("osmName").GetString(), names);
            Assert.Contains("osm-stations", gazetteer.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        }
    }

    [Fact]
    public void Every_feature_built_on_osm_nodes_is_licensed_odbl_and_cites_openstreetmap()
    {
        var osmNodes = OsmPoints().Where(p => p.Feature.GetProperty("properties").GetProperty("featureType").GetString() == "node")
            .Select(p => p.What).ToHashSet();
        // A segment is built on OSM when a vertex or either end cites an OSM node.
        var endsOnOsm = Features.Where(f => f.GetProperty("properties").GetProperty("featureType").GetString() == "segment"
            && new[] { "from", "to" }.Any(k => osmNodes.Contains(f.GetProperty("properties").GetProperty(k).GetString()!)));
        var derived = OsmPoints().Select(p => p.Feature).Concat(endsOnOsm).DistinctBy(f => f.GetProperty("id").GetString()).ToList();
        Assert.Contains(derived, f => f.GetProperty("id").GetString() == "ankara-istanbul");
        foreach (var f in derived)
        {
            var p = f.GetProperty("properties");
            Assert.Equal("odbl-1.0", p.TryGetProperty("licence", out var l) ? l.GetString() : null);
            Assert.Contains("osm-stations", p.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        }
        // A feature that cites no OSM node does not claim the ODbL.
        Assert.All(Features.Except(derived), f => Assert.False(f.GetProperty("properties").TryGetProperty("licence", out _), f.GetProperty("id").GetString()));
    }

    private static Coordinate Point(JsonElement xy) => new(xy[0].GetDouble(), xy[1].GetDouble());
}
