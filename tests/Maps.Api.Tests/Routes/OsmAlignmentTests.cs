using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Routes;

/// <summary>
/// geodata/network.geojson against the OpenStreetMap stations copied into geodata/sources/osm and the railway ways copied
/// into geodata/sources/osm-lines: every vertex that cites an OSM node lies within 1 km of that node as the copy gives
/// it, the node's name is the one OpenStreetMap gives, every traced stretch runs vertex for vertex along the ways it
/// cites, and every feature built on OSM nodes or ways carries the ODbL.
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
            var vertices = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(Point).ToList();
            // A traced segment says which vertex each station is; otherwise the stations are the inner vertices in order.
            foreach (var (station, i) in stations.EnumerateArray().Select((s, i) => (s, i)))
                if (station.GetProperty("gazetteer").TryGetProperty("osmNode", out _))
                    yield return ($"{id}/{station.GetProperty("name").GetString()}", f,
                        vertices[station.TryGetProperty("vertex", out var v) ? v.GetInt32() : i + 1], station.GetProperty("gazetteer"));
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

    /// <summary>The railway ways copied into the repository's geodata/sources/osm-lines, by way id, as [lon, lat] points.</summary>
    private static readonly Lazy<Dictionary<long, HashSet<(double, double)>>> OsmWays = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "geodata", "sources", "osm-lines"))) dir = dir.Parent;
        Assert.True(dir is not null, "geodata/sources/osm-lines is missing");
        // The copy gives [lat, lon].
        return Directory.GetFiles(Path.Combine(dir!.FullName, "geodata", "sources", "osm-lines"), "*.json")
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray())
            .GroupBy(w => w.GetProperty("id").GetInt64())
            .ToDictionary(g => g.Key, g => g.First().GetProperty("geometry").EnumerateArray().Select(p => (p[1].GetDouble(), p[0].GetDouble())).ToHashSet());
    });

    private static IEnumerable<JsonElement> Traced() =>
        Features.Where(f => f.GetProperty("properties").TryGetProperty("traced", out _));

    [Fact]
    public void Every_traced_stretch_runs_along_the_openstreetmap_ways_it_cites()
    {
        var traced = Traced().ToList();
        Assert.Contains(traced, f => f.GetProperty("id").GetString() == "alat-aghstafa");
        var vertices = 0;
        foreach (var f in traced)
        {
            var id = f.GetProperty("id").GetString()!;
            var line = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
            foreach (var stretch in f.GetProperty("properties").GetProperty("traced").EnumerateArray())
            {
                Assert.Contains("osm-railway-lines", stretch.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
                var ways = stretch.GetProperty("osmWays").EnumerateArray().Select(w => w.GetInt64()).ToList();
                Assert.All(ways, w => Assert.True(OsmWays.Value.ContainsKey(w), $"{id}: OSM way {w} is not in geodata/sources/osm-lines"));
                var points = ways.SelectMany(w => OsmWays.Value[w]).ToHashSet();
                var (from, to) = (stretch.GetProperty("fromVertex").GetInt32(), stretch.GetProperty("toVertex").GetInt32());
                Assert.True(to > from + 1, $"{id}: a traced stretch from vertex {from} to {to} has no vertex between");
                for (var i = from + 1; i < to; i++, vertices++)
                    Assert.True(points.Contains(line[i]), $"{id}: vertex {i} {line[i]} is on none of the OSM ways its stretch cites");
                var km = Enumerable.Range(from, to - from).Sum(i => Geodesic.DistanceKm(new Coordinate(line[i].Item1, line[i].Item2), new Coordinate(line[i + 1].Item1, line[i + 1].Item2)));
                Assert.Equal(stretch.GetProperty("km").GetDouble(), km, 0.1);
            }
        }
        Assert.True(vertices >= 1000, $"only {vertices} traced vertices");
    }

    [Fact]
    public void Every_feature_built_on_osm_nodes_or_ways_is_licensed_odbl_and_cites_openstreetmap()
    {
        var osmNodes = OsmPoints().Where(p => p.Feature.GetProperty("properties").GetProperty("featureType").GetString() == "node")
            .Select(p => p.What).ToHashSet();
        // A segment is built on OSM when a vertex or either end cites an OSM node, or a stretch follows OSM's ways.
        var endsOnOsm = Features.Where(f => f.GetProperty("properties").GetProperty("featureType").GetString() == "segment"
            && new[] { "from", "to" }.Any(k => osmNodes.Contains(f.GetProperty("properties").GetProperty(k).GetString()!)));
        var onNodes = OsmPoints().Select(p => p.Feature).Concat(endsOnOsm).Select(f => f.GetProperty("id").GetString()!).ToHashSet();
        var onWays = Traced().Select(f => f.GetProperty("id").GetString()!).ToHashSet();
        var derived = Features.Where(f => onNodes.Contains(f.GetProperty("id").GetString()!) || onWays.Contains(f.GetProperty("id").GetString()!)).ToList();
        Assert.Contains(derived, f => f.GetProperty("id").GetString() == "ankara-istanbul");
        // Traced along OSM's ways and on no OSM node: the licence follows the ways.
        Assert.Contains("gardabani-tbilisi", onWays.Except(onNodes));
        foreach (var f in derived)
        {
            var id = f.GetProperty("id").GetString()!;
            var p = f.GetProperty("properties");
            Assert.Equal("odbl-1.0", p.TryGetProperty("licence", out var l) ? l.GetString() : null);
            var sources = p.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToList();
            if (onNodes.Contains(id)) Assert.Contains("osm-stations", sources);
            if (onWays.Contains(id)) Assert.Contains("osm-railway-lines", sources);
        }
        // A feature that cites no OSM node or way does not claim the ODbL.
        Assert.All(Features.Except(derived), f => Assert.False(f.GetProperty("properties").TryGetProperty("licence", out _), f.GetProperty("id").GetString()));
    }

    private static Coordinate Point(JsonElement xy) => new(xy[0].GetDouble(), xy[1].GetDouble());
}
