using System.Text.Json;
using System.Text.RegularExpressions;
using Maps.Api.Geo;
using Maps.Api.Storage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace Maps.Api.Tests.Storage;

/// <summary>
/// The pipelines, roads, road crossings and visa-free layers against what they claim: each drawn line against its
/// published length, each crossing against the boundary it crosses, and a source with a date behind every feature.
/// </summary>
public sealed partial class ConnectivityGeodataTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");
    private static readonly GeodataSnapshot Snapshot = ShippedGeodata.Load(Shipped);

    /// <summary>Lines drawn through too few published places to come within 10% of their length, and why.</summary>
    private static readonly Dictionary<string, string> NotLengthTested = new()
    {
        ["we-wc-kazakhstan"] = "19 published places draw 2,379 km of 2,787: none with a citable position on the Kordai pass, "
            + "and the 2,787 km count the Shymkent – Tashkent section the line does not draw",
        ["tashkent-osh-irkeshtam-kashgar"] = "a mountain road: thirteen published places, three passes among them, draw 738 km of the 920 "
            + "driven; none between Irkeshtam and Kashgar but Wuqia (Osh – Irkeshtam is 240 km by road, 196 drawn)",
    };

    /// <summary>
    /// Pipelines drawn on Global Energy Monitor's route that lie more than 10 % from their published length: kept on GEM's
    /// tracing, marked with the difference and the reason.
    /// </summary>
    private static readonly Dictionary<string, string> MarkedWithDifference = new()
    {
        ["bukhara-tashkent-bishkek-almaty"] = "GEM's route is a 28-point sketch; GEM's own 1,585 km is not said to count this line alone",
    };

    /// <summary>Every pipeline route of GEM's that geodata/sources/gem holds for the corridors, and the line drawn on it.</summary>
    private static readonly Dictionary<string, string> GemRoutes = new()
    {
        ["P1124"] = "cacgp-line-a", ["P2030"] = "cacgp-line-d", ["P0648"] = "atasu-alashankou", ["P5197"] = "kenkiyak-kumkol",
        ["P3273"] = "beineu-bozoi-shymkent", ["P0739"] = "bukhara-tashkent-bishkek-almaty",
    };

    /// <summary>Crossings whose only published position is more than 5 km from the boundary: the bound they keep, and why.</summary>
    private static readonly Dictionary<string, (double Km, string Why)> FarFromBoundary = new()
    {
        ["maikapchagai"] = (12, "the one published position, 85°43′E 47°33′N to the minute, is about 10 km inside China"),
    };

    private const double BoundaryKm = 5;

    private static IEnumerable<(string Id, JsonElement Properties, Geometry Geometry)> Layer(string id) =>
        Snapshot.Features.Where(f => f.LayerId == id).Select(f => (f.FeatureId, JsonDocument.Parse(f.PropertiesJson).RootElement, f.Geometry));

    public static TheoryData<string, string> Lines()
    {
        var lines = new TheoryData<string, string>();
        foreach (var layer in new[] { "pipelines", "roads" })
            foreach (var (id, _, _) in Layer(layer)) lines.Add(layer, id);
        return lines;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_line_is_drawn_within_ten_percent_of_its_published_length(string layer, string id)
    {
        var (_, properties, geometry) = Layer(layer).Single(f => f.Id == id);
        var drawn = Geodesic.LengthKm(geometry);
        Assert.InRange(properties.GetProperty("drawnKm").GetDouble(), Math.Floor(drawn), Math.Ceiling(drawn));
        var figures = properties.GetProperty("publishedKm").EnumerateArray().ToList();
        var checkedFigures = figures.Where(f => f.TryGetProperty("checked", out var c) && c.GetBoolean()).ToList();
        if (NotLengthTested.TryGetValue(id, out var why))
        {
            Assert.True(properties.GetProperty("schematic").GetBoolean(), $"{id} is not length-tested ({why}), so it says it is schematic");
            Assert.False(string.IsNullOrWhiteSpace(properties.GetProperty("geometryNote").GetString()));
            Assert.Empty(checkedFigures);
            var whole = figures[0].GetProperty("km").GetDouble();
            Assert.False(drawn >= whole * 0.9 && drawn <= whole * 1.1,
                $"{id} is now drawn within 10% of {whole} km ({drawn:F0} km): check it and take it off the list");
            return;
        }
        var published = Assert.Single(checkedFigures).GetProperty("km").GetDouble();
        var within = drawn >= published * 0.9 && drawn <= published * 1.1;
        if (MarkedWithDifference.ContainsKey(id))
        {
            Assert.False(within, $"{id} is now drawn within 10% of {published} km ({drawn:F0} km): take it off the list");
            var check = properties.GetProperty("lengthCheck");
            Assert.Equal(Math.Round((Math.Round(drawn) - published) / published * 100, 1), check.GetProperty("differencePercent").GetDouble(), 1);
            var reason = check.GetProperty("why").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.Contains(reason, properties.GetProperty("geometryNote").GetString());
            return;
        }
        Assert.True(within, $"{id}: drawn {drawn:F0} km, published {published} km");
    }

    /// <summary>
    /// Each pipeline GEM traced is drawn as GEM's file in geodata/sources/gem gives its main (longest) line, to 5 decimals;
    /// one GEM traced from an OpenStreetMap relation is offered under the ODbL and cites OpenStreetMap, the others not.
    /// </summary>
    [Fact]
    public void Each_gem_route_is_drawn_vertex_for_vertex_from_the_copy_in_the_repository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "geodata", "sources", "gem"))) dir = dir.Parent;
        Assert.True(dir is not null, "geodata/sources/gem is missing");
        foreach (var (project, id) in GemRoutes)
        {
            using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir!.FullName, "geodata", "sources", "gem", $"{project}.geojson")));
            var parts = new List<(Coordinate[] Line, JsonElement Properties)>();
            foreach (var f in file.RootElement.GetProperty("features").EnumerateArray())
            {
                if (f.GetProperty("geometry").ValueKind != JsonValueKind.Object) continue;
                var g = f.GetProperty("geometry");
                var lines = g.GetProperty("type").GetString() == "MultiLineString"
                    ? g.GetProperty("coordinates").EnumerateArray().ToList() : [g.GetProperty("coordinates")];
                parts.AddRange(lines.Select(l => (l.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray(),
                    f.GetProperty("properties"))));
            }
            var main = parts.MaxBy(p => Geodesic.LengthKm(new LineString(p.Line)));
            var (_, properties, geometry) = Layer("pipelines").Single(f => f.Id == id);
            Assert.Equal(project, properties.GetProperty("drawnFrom").GetProperty("gemProject").GetString());
            Assert.Equal(main.Line.Length, geometry.Coordinates.Length);
            foreach (var (drawn, traced) in geometry.Coordinates.Zip(main.Line))
                Assert.True(Math.Abs(drawn.X - traced.X) <= 1e-5 && Math.Abs(drawn.Y - traced.Y) <= 1e-5, $"{id}: {drawn} is not GEM's {traced}");
            var fromOsm = main.Properties.TryGetProperty("@id", out var relation);
            // Sources are resolved at seeding: recognised here by their addresses.
            var urls = properties.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()!).ToList();
            Assert.Contains(urls, u => u.Contains("GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes/tree/6bfab45"));
            Assert.Equal(fromOsm, urls.Contains("https://www.openstreetmap.org/copyright"));
            Assert.Equal(fromOsm ? "odbl-1.0" : null, properties.TryGetProperty("licence", out var l) ? l.GetString() : null);
            if (fromOsm)
                Assert.EndsWith(relation.GetString()!, properties.GetProperty("drawnFrom").GetProperty("tracedFrom").GetString());
        }
    }

    /// <summary>
    /// A road is drawn through the places its sources name and nothing else: one vertex per place, in order, the
    /// Irkeshtam road over the Kamchik, Chyrchyk and Taldyk passes at the coordinates their articles give.
    /// </summary>
    [Fact]
    public void Each_road_vertex_is_a_named_place_over_the_passes_and_towns_sources_put_on_it()
    {
        foreach (var (id, properties, geometry) in Layer("roads"))
            Assert.Equal(properties.GetProperty("drawnThrough").GetArrayLength(), geometry.Coordinates.Length);
        var (_, road, line) = Layer("roads").Single(f => f.Id == "tashkent-osh-irkeshtam-kashgar");
        var places = road.GetProperty("drawnThrough").EnumerateArray().Select(p => p.GetString()!).ToList();
        int At(string prefix) => places.FindIndex(p => p.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(At("Angren") < At("Kamchik pass") && At("Kamchik pass") < At("Kokand"), string.Join(" / ", places));
        Assert.True(At("Osh") < At("Chyrchyk pass") && At("Chyrchyk pass") < At("Gulcha"), string.Join(" / ", places));
        Assert.True(At("Gulcha") < At("Taldyk pass") && At("Taldyk pass") < At("Sary-Tash"), string.Join(" / ", places));
        foreach (var (pass, lon, lat) in new[] { ("Kamchik", 70.51806, 41.1), ("Chyrchyk", 73.33194, 40.24806), ("Taldyk", 73.16834, 39.76512) })
        {
            var vertex = line.Coordinates[At($"{pass} pass")];
            Assert.True(Geodesic.DistanceKm(vertex, new Coordinate(lon, lat)) < 0.1, $"{pass} pass is drawn at {vertex}");
        }        // The highway's A2 stretch between Taraz and Kordai runs through Merke, north of Kyrgyzstan.
        var highway = Layer("roads").Single(f => f.Id == "we-wc-kazakhstan").Properties.GetProperty("drawnThrough")
            .EnumerateArray().Select(p => p.GetString()!).ToList();
        var merke = highway.FindIndex(p => p.StartsWith("Merke", StringComparison.Ordinal));
        Assert.True(merke > highway.FindIndex(p => p.StartsWith("Taraz", StringComparison.Ordinal)) && merke + 1 == highway.IndexOf("Kordai"));
    }

    [Fact]
    public void The_length_exceptions_name_lines_that_exist()
    {
        var lines = new[] { "pipelines", "roads" }.SelectMany(l => Layer(l).Select(f => f.Id)).ToHashSet();
        Assert.Subset(lines, NotLengthTested.Keys.ToHashSet());
        Assert.Contains("atasu-alashankou", lines.Except(NotLengthTested.Keys));
        Assert.Subset(lines, MarkedWithDifference.Keys.ToHashSet());
    }

    public static TheoryData<string> Crossings() => new(Layer("crossings").Select(f => f.Id).ToArray());

    [Theory]
    [MemberData(nameof(Crossings))]
    public void Each_crossing_lies_on_the_boundary_between_the_two_countries_it_joins(string id)
    {
        var (_, properties, geometry) = Layer("crossings").Single(f => f.Id == id);
        var joins = properties.GetProperty("joins").EnumerateArray().Select(j => j.GetString()!).ToArray();
        Assert.Equal(2, joins.Length);
        var boundary = SharedBoundary(joins[0], joins[1]);
        var point = ((Point)geometry).Coordinate;
        var nearest = DistanceOp.NearestPoints(boundary, geometry)[0];
        var km = Geodesic.DistanceKm(point, nearest);
        var bound = FarFromBoundary.TryGetValue(id, out var exception) ? exception.Km : BoundaryKm;
        Assert.True(km <= bound, $"{id} is {km:F2} km from the {joins[0]}–{joins[1]} boundary (allowed {bound} km)");
        if (exception.Why is not null)
            Assert.True(km > BoundaryKm, $"{id} is now within {BoundaryKm} km ({km:F2}): take it off the list");
    }

    /// <summary>The part of one country's boundary that runs along the other's: Natural Earth shares the vertices.</summary>
    private static Geometry SharedBoundary(string a, string b)
    {
        Geometry Country(string iso3) => Snapshot.Features.Single(f => f.LayerId == "borders" && f.FeatureId == iso3).Geometry;
        var shared = Country(a).Boundary.Intersection(Country(b).Boundary);
        Assert.True(shared.Length > 1, $"{a} and {b} share a boundary line, not only points");
        return shared;
    }

    [Theory]
    [InlineData("pipelines")]
    [InlineData("roads")]
    [InlineData("crossings")]
    [InlineData("visa-free")]
    public void Every_feature_has_a_status_a_date_and_dated_sources(string layer)
    {
        var features = Layer(layer).ToList();
        Assert.NotEmpty(features);
        foreach (var (id, properties, _) in features)
        {
            Assert.False(string.IsNullOrWhiteSpace(properties.GetProperty("status").GetString()), $"{layer}/{id} status");
            Assert.Matches(IsoDate(), properties.GetProperty("asOf").GetString()!);
            Assert.NotEmpty(properties.GetProperty("sources").EnumerateArray());
            foreach (var source in SourcesWithin(properties))
            {
                Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("title").GetString()), $"{layer}/{id}: a source has no title");
                var url = source.GetProperty("url").GetString()!;
                Assert.StartsWith("http", url);
                Assert.Matches(IsoDate(), source.GetProperty("date").GetString()!);
            }
        }
    }

    [Fact]
    public void Names_in_other_languages_sit_beside_the_english_name()
    {
        foreach (var layer in new[] { "pipelines", "roads", "crossings" })
            foreach (var (id, properties, _) in Layer(layer))
            {
                var names = properties.GetProperty("names");
                Assert.Equal(properties.GetProperty("name").GetString(), names.GetProperty("en").GetString());
                Assert.All(names.EnumerateObject(), n => Assert.Contains(n.Name, new[] { "en", "ru", "zh" }));
            }
        Assert.Equal("霍尔果斯口岸", Layer("crossings").Single(c => c.Id == "khorgos").Properties.GetProperty("names").GetProperty("zh").GetString());
    }

    [Fact]
    public void Kazakhstan_china_travel_became_mutually_visa_free_on_10_november_2023()
    {
        var kazakhstan = Layer("visa-free").Single(f => f.Id == "KAZ").Properties;
        var changes = kazakhstan.GetProperty("classSince").EnumerateArray()
            .Select(c => (c.GetProperty("from").GetString(), c.GetProperty("class").GetString())).ToList();
        Assert.Equal([("2020-01-01", "partial"), ("2023-11-10", "mutual")], changes);
        var uzbekistan = Layer("visa-free").Single(f => f.Id == "UZB").Properties.GetProperty("classSince");
        Assert.Equal("2025-06-01", uzbekistan.EnumerateArray().Last().GetProperty("from").GetString());
        Assert.Empty(Layer("visa-free").Single(f => f.Id == "TKM").Properties.GetProperty("classSince").EnumerateArray());
    }

    [Fact]
    public void Uzbekistan_gave_chinese_citizens_ten_days_without_a_visa_from_1_march_2021()
    {
        using var table = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "visa-free.json")));
        var rules = table.RootElement.GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("country").GetString() == "UZB" && r.GetProperty("direction").GetString() == "from-china").ToList();
        var tenDays = rules.Single(r => r.GetProperty("maxStay").GetString() == "10 days");
        Assert.Equal("2021-03-01", tenDays.GetProperty("effective").GetString());
        Assert.Contains("kun-uz-2021-02-10", tenDays.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        // The 7-day rule of 2020 ends the day the 10-day rule begins: one rule in force at a time.
        Assert.Equal("2021-03-01", rules.Single(r => r.GetProperty("maxStay").GetString() == "7 days").GetProperty("end").GetString());
    }

    [Fact]
    public void The_visa_layer_holds_every_rule_of_the_table_with_ordered_dates()
    {
        using var table = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "visa-free.json")));
        var inTable = table.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
        var inLayer = Layer("visa-free").SelectMany(f => f.Properties.GetProperty("rules").EnumerateArray()).ToList();
        Assert.Equal(inTable, inLayer.Select(r => r.GetProperty("id").GetString()).ToHashSet());
        foreach (var rule in inLayer)
        {
            string? Date(string name) => rule.TryGetProperty(name, out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            foreach (var date in new[] { "signed", "decided", "effective", "end", "asOf" }.Select(Date).OfType<string>())
                Assert.Matches(IsoDate(), date);
            if (Date("signed") is { } signed && Date("effective") is { } effective) Assert.True(string.CompareOrdinal(signed, effective) <= 0);
            Assert.NotEmpty(rule.GetProperty("sources").EnumerateArray());
        }
    }

    private static IEnumerable<JsonElement> SourcesWithin(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "sources" && p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray() : SourcesWithin(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(SourcesWithin),
        _ => [],
    };

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoDate();
}
