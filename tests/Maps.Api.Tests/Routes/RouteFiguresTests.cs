using System.Net;
using System.Text.Json;

namespace Maps.Api.Tests.Routes;

/// <summary>
/// The figures a freight planner relies on, checked against geodata/ itself: lengths against the published figures
/// geodata/README.md lists and against drawn lengths measured once with GeographicLib, transit ranges that keep every
/// published figure, links not yet open kept out of today's plans, and CO2e on one basis.
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

    private async Task<Dictionary<string, JsonElement>> SectionsOf(string route) =>
        (await GetJson($"/api/routes/compare?ids={route},sea-suez")).GetProperty("routes").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == route).GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!);

    [Fact]
    public async Task Route_lengths_are_the_sum_of_their_sections_each_saying_its_basis()
    {
        var routes = await CompareAll();
        foreach (var definition in RoutesFile.GetProperty("routes").EnumerateArray())
        {
            var id = definition.GetProperty("id").GetString()!;
            var route = routes[id];
            var nodes = definition.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList();
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
    /// The rule geodata/README.md states, case by case with the published figures it lists (not worked out from the code):
    /// a route that runs a whole published line takes its length, shared out over the line's segments by their drawn
    /// lengths; where sources disagree, the middle of their range; of two lines a segment belongs to, the shorter.
    /// </summary>
    [Theory]
    // KTZ via Trend (Jul 2024): Dostyk – Aktogay – Moyinty, 836 km, two segments.
    [InlineData("northern-corridor", "dostyk-moyinty", new[] { "dostyk-aktogay", "aktogay-moyinty" }, 836.0)]
    // Wikipedia: Lanzhou – Xinjiang railway, 1,904 km, two segments.
    [InlineData("middle-corridor", "lanxin", new[] { "lanzhou-turpan", "turpan-urumqi" }, 1904.0)]
    // Longhai station kilometres (Wikipedia): Xi'an – Lanzhou, 676 km.
    [InlineData("middle-corridor", "longhai-xian-lanzhou", new[] { "xian-lanzhou" }, 676.0)]
    // TCDD's Eastern Express: Kars – Ankara, 1,310 km; Wikipedia: Ankara – Istanbul, 576.6 km.
    [InlineData("middle-corridor", "kars-ankara", new[] { "kars-ankara" }, 1310.0)]
    [InlineData("middle-corridor", "ankara-istanbul", new[] { "ankara-istanbul" }, 576.6)]
    // The CKU's sections, not its 523 km whole: China 213 (Chinese plan) and 155 km (Kyrgyz authorities), middle 184;
    // Kyrgyz section 260, 304 and 304.94 km, middle of the range 282.47 (their mean would be 289.65); Uzbek 50 and 63, 56.5.
    [InlineData("cku-railway", "cku-china", new[] { "kashgar-torugart" }, 184.0)]
    [InlineData("cku-railway", "cku-kyrgyzstan", new[] { "torugart-jalal-abad", "jalal-abad-khanabad" }, 282.47)]
    [InlineData("cku-railway", "cku-uzbekistan", new[] { "khanabad-andijan" }, 56.5)]
    // Station kilometres of the Trans-Caspian's route map: Türkmenbaşy – Ashgabat 557, Ashgabat – Türkmenabat 614 km,
    // each shorter than the 1,171 km line they make up.
    [InlineData("trans-caspian-turkmenbashi", "trans-caspian-turkmenbashi-ashgabat", new[] { "ashgabat-turkmenbashi" }, 557.0)]
    [InlineData("trans-caspian-turkmenbashi", "trans-caspian-ashgabat-turkmenabat", new[] { "turkmenabat-ashgabat" }, 614.0)]
    public async Task A_route_over_a_whole_published_line_takes_its_published_length(string route, string line, string[] segments, double km)
    {
        var sections = await SectionsOf(route);
        var onLine = segments.Select(s => sections[s]).ToList();
        Assert.All(onLine, s =>
        {
            Assert.Equal("published", s.GetProperty("basis").GetString());
            Assert.Equal(line, s.GetProperty("published").GetProperty("line").GetString());
        });
        // Each section is rounded to 0.1 km.
        Assert.InRange(onLine.Sum(s => s.GetProperty("lengthKm").GetDouble()), km - 0.05 * onLine.Count - 0.01, km + 0.05 * onLine.Count + 0.01);
        // Shared out by drawn length: every section of the line is scaled by the same factor, but for rounding both
        // lengths to 0.1 km, which moves a factor near 1 by at most about 0.1 / the drawn length.
        var scales = onLine.Select(s => s.GetProperty("lengthKm").GetDouble() / s.GetProperty("geometryKm").GetDouble()).ToList();
        Assert.InRange(scales.Max() - scales.Min(), 0, 0.25 / onLine.Min(s => s.GetProperty("geometryKm").GetDouble()));
    }

    /// <summary>
    /// A section on no published line, or on one the route leaves before its end, keeps its drawn length. The lengths
    /// below were measured once outside this code, with GeographicLib's Planimeter (-l, the polyline's length) on the
    /// WGS84 ellipsoid, the model the app measures on, over each segment's coordinates in geodata/network.geojson (the
    /// npm package geographiclib-geodesic 2.2.0, PolygonArea as a polyline; on the sphere of the IUGG mean radius,
    /// which the app measured on before, they were 380.5721, 438.4015, 1542.4297 and 277.0632 km).
    /// </summary>
    [Theory]
    // Baku – Tbilisi – Kars begins at Baku; the Middle Corridor lands at Alat from Aktau.
    [InlineData("middle-corridor", "alat-aghstafa", 381.2709)]
    // Zhezkazgan – Beyneu begins at Zhezkazgan; the Middle Corridor joins it at Saksaulskaya.
    [InlineData("middle-corridor", "shalkar-beyneu", 439.1014)]
    // Lanzhou – Xinjiang runs on to Ürümqi; the Irkeshtam route leaves it at Turpan for Kashgar.
    [InlineData("irkeshtam-road-rail", "lanzhou-turpan", 1544.2853)]
    // No published length.
    [InlineData("cku-railway", "andijan-tashkent", 277.6698)]
    public async Task A_section_off_any_whole_published_line_keeps_its_drawn_length(string route, string segment, double km)
    {
        var section = (await SectionsOf(route))[segment];
        Assert.Equal("geometry", section.GetProperty("basis").GetString());
        Assert.False(section.TryGetProperty("published", out _));
        Assert.InRange(section.GetProperty("lengthKm").GetDouble(), km - 0.06, km + 0.06);
        Assert.Equal(section.GetProperty("geometryKm").GetDouble(), section.GetProperty("lengthKm").GetDouble());
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
