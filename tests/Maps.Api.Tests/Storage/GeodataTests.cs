using System.Text.Json;
using Maps.Api.Storage;

namespace Maps.Api.Tests.Storage;

/// <summary>geodata/ is reviewed like code: these tests hold it to the API's promises (README) and to "every figure has a source".</summary>
public sealed class GeodataTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");
    private static readonly GeodataSnapshot Snapshot = ShippedGeodata.Load(Shipped);
    private readonly string scratch = Directory.CreateTempSubdirectory("atlas-geodata-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static IEnumerable<(string Id, JsonElement Properties)> Layer(string id) =>
        Snapshot.Features.Where(f => f.LayerId == id).Select(f => (f.FeatureId, JsonDocument.Parse(f.PropertiesJson).RootElement));

    [Fact]
    public void Every_mission_feature_cites_at_least_one_source_with_a_title()
    {
        foreach (var layer in new[] { "summits", "hubs", "railways", "corridors", "pipelines", "roads", "crossings", "visa-free" })
            foreach (var (id, properties) in Layer(layer))
            {
                var sources = properties.GetProperty("sources").EnumerateArray().ToList();
                Assert.True(sources.Count > 0, $"{layer}/{id} has no source");
                Assert.All(sources, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("title").GetString())));
            }
    }

    [Fact]
    public void Summits_include_xian_2023_and_astana_2025_with_dates_and_outcomes()
    {
        var summits = Layer("summits").ToDictionary(s => s.Properties.GetProperty("name").GetString()!, s => s.Properties);
        Assert.Equal("2023-05-18", summits["Xi'an"].GetProperty("startDate").GetString());
        Assert.Equal("2023-05-19", summits["Xi'an"].GetProperty("endDate").GetString());
        Assert.StartsWith("2025-06", summits["Astana"].GetProperty("startDate").GetString());
        Assert.Equal("KAZ", summits["Astana"].GetProperty("country").GetString());
        Assert.All(summits.Values, s => Assert.NotEmpty(s.GetProperty("outcomes").EnumerateArray()));
    }

    [Fact]
    public void Khorgos_gateway_is_a_dry_port_where_the_gauge_changes()
    {
        var khorgos = Layer("hubs").Single(h => h.Id == "khorgos-gateway").Properties;
        Assert.Equal("dry-port", khorgos.GetProperty("kind").GetString());
        Assert.Equal("KAZ", khorgos.GetProperty("country").GetString());
        Assert.Equal("1435/1520", khorgos.GetProperty("gaugeChange").GetString());
        Assert.All(Layer("hubs"), h => Assert.True(h.Properties.TryGetProperty("gaugeChange", out _), $"{h.Id} says its gaugeChange"));
    }

    [Fact]
    public void Railways_are_the_cku_line_one_feature_per_country_section()
    {
        var sections = Layer("railways").ToList();
        Assert.Equal(["CHN", "KGZ", "KGZ UZB", "UZB"], sections.Select(s => string.Join(' ', s.Properties.GetProperty("countries").EnumerateArray().Select(c => c.GetString()))));
        // A section that crosses a border is named for both countries, never for one.
        Assert.StartsWith("Kyrgyzstan–Uzbekistan border section", sections[2].Properties.GetProperty("name").GetString());
        Assert.All(sections, s =>
        {
            Assert.Equal("cku-railway", s.Properties.GetProperty("routeId").GetString());
            Assert.Contains(s.Properties.GetProperty("status").GetString(), new[] { "planned", "under-construction", "operational" });
            Assert.Equal(JsonValueKind.Number, s.Properties.GetProperty("gaugeMm").ValueKind);
            Assert.False(string.IsNullOrEmpty(s.Properties.GetProperty("asOf").GetString()));
            Assert.NotEmpty(s.Properties.GetProperty("published").EnumerateArray());
        });
    }

    [Fact]
    public void Corridors_are_middle_corridor_segments_by_rail_and_sea()
    {
        var segments = Layer("corridors").ToList();
        Assert.All(segments, s =>
        {
            Assert.Equal("middle-corridor", s.Properties.GetProperty("routeId").GetString());
            Assert.Contains(s.Properties.GetProperty("mode").GetString(), new[] { "rail", "sea", "road" });
        });
        Assert.Contains(segments, s => s.Properties.GetProperty("mode").GetString() == "sea");
    }

    [Fact]
    public void An_unknown_source_key_stops_the_load_and_names_the_key()
    {
        CopyShippedData();
        var hubs = Path.Combine(scratch, "hubs.geojson");
        File.WriteAllText(hubs, File.ReadAllText(hubs).Replace("\"kaztag-2024-10-04\"", "\"no-such-source\""));
        var error = Assert.Throws<InvalidDataException>(() => ShippedGeodata.Load(scratch));
        Assert.Contains("no-such-source", error.Message);
    }

    [Fact]
    public void A_duplicate_feature_id_stops_the_load()
    {
        CopyShippedData();
        var summits = Path.Combine(scratch, "summits.geojson");
        File.WriteAllText(summits, File.ReadAllText(summits).Replace("summit-2025-astana", "summit-2023-xian"));
        var error = Assert.Throws<InvalidDataException>(() => ShippedGeodata.Load(scratch));
        Assert.Contains("summit-2023-xian", error.Message);
    }

    [Fact]
    public void The_data_version_changes_when_a_file_changes()
    {
        CopyShippedData();
        Assert.Equal(Snapshot.Version, ShippedGeodata.Load(scratch).Version);
        File.AppendAllText(Path.Combine(scratch, "hubs.geojson"), "\n");
        Assert.NotEqual(Snapshot.Version, ShippedGeodata.Load(scratch).Version);
    }

    private void CopyShippedData()
    {
        foreach (var file in Directory.GetFiles(Shipped)) File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
    }
}
