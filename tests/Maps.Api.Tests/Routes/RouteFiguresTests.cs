using System.Net;
using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Routes;

/// <summary>
/// The figures a freight planner relies on, checked against geodata/ itself: lengths recomputed from the network's own
/// segments and published lengths, transit ranges that keep every published figure, links not yet open kept out of
/// today's plans, and CO2e on one basis.
/// </summary>
public sealed class RouteFiguresTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");
    private static readonly string[] AllRoutes = ["middle-corridor", "northern-corridor", "cku-railway", "sea-suez", "sea-cape", "irkeshtam-road-rail", "trans-caspian-turkmenbashi", "cku-to-europe"];

    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public RouteFiguresTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private static readonly JsonElement[] Segments =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "network.geojson"))).RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("featureType").GetString() == "segment").ToArray();

    private static readonly JsonElement RoutesFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "routes.json"))).RootElement;

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<Dictionary<string, JsonElement>> CompareAll()
    {
        var result = new Dictionary<string, JsonElement>();
        foreach (var ids in new[] { AllRoutes[..4], AllRoutes[4..] })
            foreach (var r in (await GetJson($"/api/routes/compare?ids={string.Join(',', ids)}")).GetProperty("routes").EnumerateArray())
                result[r.GetProperty("id").GetString()!] = r;
        return result;
    }

    private static JsonElement SegmentBetween(string a, string b) => Segments.Single(s =>
    {
        var p = s.GetProperty("properties");
        var (from, to) = (p.GetProperty("from").GetString(), p.GetProperty("to").GetString());
        return (from == a && to == b) || (from == b && to == a);
    });

    private static double DrawnKm(JsonElement segment)
    {
        var points = segment.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToList();
        return points.Zip(points.Skip(1), Geodesic.DistanceKm).Sum();
    }

    /// <summary>
    /// The rule geodata/README.md states, applied to the data by hand: a segment takes its share of the published length
    /// of the shortest line it belongs to that the route runs whole (the middle of the figures where they disagree);
    /// otherwise its drawn length.
    /// </summary>
    private static double ExpectedKm(IReadOnlyList<string> nodes)
    {
        var onRoute = nodes.Zip(nodes.Skip(1), SegmentBetween).ToList();
        var ids = onRoute.Select(s => s.GetProperty("id").GetString()!).ToHashSet();
        var drawn = Segments.ToDictionary(s => s.GetProperty("id").GetString()!, DrawnKm);
        return onRoute.Sum(segment =>
        {
            var own = drawn[segment.GetProperty("id").GetString()!];
            if (!segment.GetProperty("properties").TryGetProperty("published", out var lines)) return own;
            var whole = lines.EnumerateArray()
                .Where(l => l.GetProperty("segments").EnumerateArray().All(s => ids.Contains(s.GetString()!)))
                .OrderBy(l => l.GetProperty("segments").GetArrayLength()).FirstOrDefault();
            if (whole.ValueKind == JsonValueKind.Undefined) return own;
            var figures = whole.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("km").GetDouble()).ToList();
            var lineDrawn = whole.GetProperty("segments").EnumerateArray().Sum(s => drawn[s.GetString()!]);
            return own / lineDrawn * (figures.Min() + figures.Max()) / 2;
        });
    }

    [Fact]
    public async Task Route_lengths_follow_from_the_sections_published_where_published()
    {
        var routes = await CompareAll();
        foreach (var definition in RoutesFile.GetProperty("routes").EnumerateArray())
        {
            var id = definition.GetProperty("id").GetString()!;
            var route = routes[id];
            var nodes = definition.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList();
            Assert.InRange(route.GetProperty("lengthKm").GetDouble(), ExpectedKm(nodes) - 1.5, ExpectedKm(nodes) + 1.5);
            var sections = route.GetProperty("sections").EnumerateArray().ToList();
            Assert.Equal(nodes.Count - 1, sections.Count);
            Assert.InRange(sections.Sum(s => s.GetProperty("lengthKm").GetDouble()), route.GetProperty("lengthKm").GetDouble() - 1, route.GetProperty("lengthKm").GetDouble() + 1);
            Assert.All(sections, s => Assert.Equal(s.TryGetProperty("published", out _) ? "published" : "geometry", s.GetProperty("basis").GetString()));
            var byCountry = route.GetProperty("lengthByCountryKm").EnumerateObject().Sum(c => c.Value.GetDouble());
            Assert.True(byCountry <= route.GetProperty("lengthKm").GetDouble() + 5, $"{id}: {byCountry:0} km by country, {route.GetProperty("lengthKm")} in all");
        }
        Assert.Equal("mixed", routes["cku-railway"].GetProperty("lengthBasis").GetString());
    }

    /// <summary>
    /// A transit range is built only from whole-route figures for the same endpoints: figures for a stretch or for other
    /// endpoints are listed with the rest but set neither end of the range, and the route says which endpoints its range
    /// stands for. The Middle Corridor no longer mixes China – Europe with TITR's Constanța and Duisburg figures.
    /// </summary>
    [Fact]
    public async Task Transit_ranges_are_built_from_figures_for_the_same_endpoints()
    {
        var compared = await CompareAll();
        foreach (var definition in RoutesFile.GetProperty("routes").EnumerateArray())
        {
            var id = definition.GetProperty("id").GetString()!;
            var published = definition.GetProperty("transit").EnumerateArray().ToList();
            if (published.Count == 0) continue;
            var transit = compared[id].GetProperty("transitDays");
            Assert.Equal(published.Count, transit.GetProperty("figures").GetArrayLength());
            var inRange = published.Where(f => f.GetProperty("scope").GetString() == "route").ToList();
            Assert.NotEmpty(inRange);
            Assert.Equal(inRange.Min(f => f.GetProperty("minDays").GetDouble()), transit.GetProperty("min").GetDouble());
            Assert.Equal(inRange.Max(f => f.GetProperty("maxDays").GetDouble()), transit.GetProperty("max").GetDouble());
            Assert.Equal(inRange.Count, transit.GetProperty("spread").GetProperty("figures").GetInt32());
            // Every source of the range once, however many of its figures it gives; none from figures outside it.
            var urls = transit.GetProperty("sources").EnumerateArray().Select(u => u.GetProperty("url").GetString()).ToList();
            Assert.Equal(urls.Distinct().Count(), urls.Count);
            Assert.Equal(inRange.SelectMany(f => f.GetProperty("sources").EnumerateArray().Select(k => k.GetString())).Distinct().Count(), urls.Count);
            if (published.Any(f => f.GetProperty("scope").GetString() == "other-endpoints"))
                Assert.False(string.IsNullOrWhiteSpace(transit.GetProperty("note").GetString()), $"{id} says which endpoints its range stands for");
        }
        var middle = compared["middle-corridor"].GetProperty("transitDays");
        Assert.Equal((13, 35), (middle.GetProperty("min").GetDouble(), middle.GetProperty("max").GetDouble()));
        Assert.Contains("Constanța", middle.GetProperty("note").GetString());
        Assert.Contains("three times", middle.GetProperty("comparisons")[0].GetProperty("text").GetString());
        var northern = compared["northern-corridor"].GetProperty("transitDays");
        Assert.Equal((12, 14), (northern.GetProperty("min").GetDouble(), northern.GetProperty("max").GetDouble()));
        var suez = compared["sea-suez"].GetProperty("transitDays");
        Assert.Equal((27, 35), (suez.GetProperty("min").GetDouble(), suez.GetProperty("max").GetDouble()));
    }

    [Fact]
    public async Task Planned_adds_the_links_under_construction()
    {
        // Today Jalal-Abad is reached only by the line in service from Andijan, the long way round; Torugart is planned.
        var today = await GetJson("/api/routes/plan?from=kashgar&to=jalal-abad");
        var todayNodes = today.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Equal(["andijan", "khanabad", "jalal-abad"], todayNodes.TakeLast(3));
        Assert.DoesNotContain("torugart", todayNodes);
        Assert.Equal("operational", today.GetProperty("status").GetString());
        var planned = await GetJson("/api/routes/plan?from=kashgar&to=jalal-abad&scenario=planned");
        Assert.Equal(["kashgar", "torugart", "jalal-abad"], planned.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("under-construction", planned.GetProperty("status").GetString());
        Assert.Equal("planned", planned.GetProperty("scenario").GetString());
    }

    /// <summary>
    /// The Andijan – Khanabad – Jalal-Abad railway is in service: today's network runs it, on OpenStreetMap's stations,
    /// while it stays the last sections of the CKU railway.
    /// </summary>
    [Fact]
    public async Task Andijan_khanabad_jalal_abad_is_in_todays_network_on_osm_stations()
    {
        var plan = await GetJson("/api/routes/plan?from=andijan&to=jalal-abad&scenario=today");
        Assert.Equal(["andijan", "khanabad", "jalal-abad"], plan.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("operational", plan.GetProperty("status").GetString());
        foreach (var (a, b) in new[] { ("andijan", "khanabad"), ("khanabad", "jalal-abad") })
        {
            var p = SegmentBetween(a, b).GetProperty("properties");
            Assert.Equal("operational", p.GetProperty("status").GetString());
            Assert.Equal("railways", p.GetProperty("layer").GetString());
            Assert.Contains("cku-railway", p.GetProperty("routes").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal("odbl-1.0", p.GetProperty("licence").GetString());
            Assert.False(p.TryGetProperty("constructionStart", out _), $"{a}–{b} is in service, not begun in 2024");
            Assert.Contains("Opening date not found", p.GetProperty("datesNote").GetString());
        }
        var stations = SegmentBetween("khanabad", "andijan").GetProperty("properties").GetProperty("stations").EnumerateArray()
            .Select(st => st.GetProperty("gazetteer").GetProperty("osmNode").GetInt64()).ToList();
        Assert.Equal([299465988L, 1594361497L, 304753099L], stations);
    }

    [Theory]
    [InlineData("xian", "istanbul")]
    [InlineData("urumqi", "tashkent")]
    [InlineData("astana", "istanbul")]
    [InlineData("lianyungang", "batumi")]
    public async Task Avoiding_russia_never_touches_russia(string from, string to)
    {
        foreach (var scenario in new[] { "today", "planned" })
        {
            var plan = await GetJson($"/api/routes/plan?from={from}&to={to}&avoid=RUS&scenario={scenario}");
            Assert.DoesNotContain("RUS", plan.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
            Assert.False(plan.GetProperty("lengthByCountryKm").TryGetProperty("RUS", out _));
        }
    }

    [Fact]
    public async Task Co2e_is_a_well_to_wheel_range_for_every_mode_with_its_assumptions()
    {
        foreach (var (id, route) in await CompareAll())
        {
            var co2 = route.GetProperty("co2");
            Assert.True(co2.GetProperty("min").GetDouble() > 0, id);
            Assert.True(co2.GetProperty("min").GetDouble() <= co2.GetProperty("max").GetDouble(), id);
            Assert.Contains("well-to-wheel", co2.GetProperty("basis").GetString());
            Assert.Equal(10, co2.GetProperty("tonnesPerTeu").GetProperty("value").GetDouble());
            var modes = route.GetProperty("lengthByModeKm").EnumerateObject().Where(m => m.Value.GetDouble() > 0).Select(m => m.Name).ToList();
            var factors = co2.GetProperty("byMode").EnumerateObject().ToList();
            Assert.All(modes, m => Assert.Contains(factors, f => f.Name == m || (m == "sea" && f.Name == "ferry")));
            Assert.All(factors, f => Assert.NotEmpty(f.Value.GetProperty("sources").EnumerateArray()));
        }
        var middle = (await CompareAll())["middle-corridor"].GetProperty("co2").GetProperty("byMode");
        Assert.True(middle.TryGetProperty("ferry", out _), "the Caspian crossing is on ro-pax ferries");
        Assert.True(middle.GetProperty("rail").GetProperty("minKgPerTeuKm").GetDouble() < middle.GetProperty("rail").GetProperty("maxKgPerTeuKm").GetDouble());
    }
}
