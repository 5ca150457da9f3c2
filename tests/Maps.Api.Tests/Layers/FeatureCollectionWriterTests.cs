using System.Text.Json;
using Maps.Api.Geo;
using Maps.Api.Layers;
using NetTopologySuite.IO;

namespace Maps.Api.Tests.Layers;

public class FeatureCollectionWriterTests
{
    [Fact]
    public void Writes_an_rfc7946_feature_collection_with_string_ids_and_stored_properties()
    {
        var point = new WKTReader(GeoJsonSetup.Factory.GeometryServices).Read("POINT (80.2952 44.1647)");
        var bytes = FeatureCollectionWriter.Write([new MapFeature("khorgos", point, """{"name":"Khorgos","outcomes":["a","b"]}""")]);

        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));
        var feature = root.GetProperty("features")[0];
        Assert.Equal("khorgos", feature.GetProperty("id").GetString());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([80.2952, 44.1647], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("b", feature.GetProperty("properties").GetProperty("outcomes")[1].GetString());
    }
}
