using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests;

/// <summary>Checks a FeatureCollection against RFC 7946 as the API promises it: string ids, no crs, CCW outer rings, bounded precision.</summary>
public static class GeoJsonAssert
{
    public static void ValidFeatureCollection(JsonElement collection, int maxDecimals = GeoJsonSetup.MaxDecimals)
    {
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        Assert.False(collection.TryGetProperty("crs", out _), "RFC 7946 removed the crs member");
        var ids = new HashSet<string>();
        foreach (var feature in collection.GetProperty("features").EnumerateArray())
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.String, feature.GetProperty("id").ValueKind);
            Assert.True(ids.Add(feature.GetProperty("id").GetString()!), "feature ids are unique");
            Assert.Equal(JsonValueKind.Object, feature.GetProperty("properties").ValueKind);
            var geometryJson = feature.GetProperty("geometry");
            foreach (var number in Numbers(geometryJson.GetProperty("coordinates")))
                Assert.True(Math.Round(number, maxDecimals) == number, $"{number} has more than {maxDecimals} decimals");
            var geometry = geometryJson.Deserialize<Geometry>(GeoJsonSetup.Options)!;
            Assert.True(geometry.IsValid, $"feature {feature.GetProperty("id")} geometry is valid");
            AssertLonLat(geometry);
            AssertWinding(geometry);
        }
    }

    public static IEnumerable<double> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetDouble()],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        _ => [],
    };

    public static int VertexCount(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray()
            .Sum(f => Numbers(f.GetProperty("geometry").GetProperty("coordinates")).Count() / 2);

    private static void AssertLonLat(Geometry geometry)
    {
        foreach (var c in geometry.Coordinates)
        {
            Assert.InRange(c.X, -180, 180);
            Assert.InRange(c.Y, -90, 90);
        }
    }

    /// <summary>RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.</summary>
    private static void AssertWinding(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon) continue;
            Assert.True(Orientation.IsCCW(polygon.Shell.CoordinateSequence), "outer ring is counter-clockwise");
            foreach (var hole in polygon.Holes)
                Assert.False(Orientation.IsCCW(hole.CoordinateSequence), "holes are clockwise");
        }
    }
}
