using System.Net;
using System.Text;
using System.Text.Json;
using Maps.Api.Geo;
using Maps.Api.Tests.Layers;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Routes;

public sealed class RoutesApiTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public RoutesApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<Dictionary<string, JsonElement>> Compare(string ids) =>
        (await GetJson($"/api/routes/compare?ids={ids}")).GetProperty("routes").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!);

    private static string[] Countries(JsonElement route) =>
        route.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).ToArray();

    [Fact]
    public async Task The_routes_are_listed_with_their_modes()
    {
        var routes = (await GetJson("/api/routes")).EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(["middle-corridor", "northern-corridor", "cku-railway", "sea-suez", "sea-cape", "irkeshtam-road-rail", "trans-caspian-turkmenbashi", "cku-to-europe"], routes.Keys);
        Assert.Equal(["rail", "sea"], routes["middle-corridor"].GetProperty("modes").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["sea"], routes["sea-suez"].GetProperty("modes").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["rail", "road"], routes["irkeshtam-road-rail"].GetProperty("modes").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task The_cape_route_is_longer_and_slower_than_suez_and_suez_says_since_when_it_is_disrupted()
    {
        var routes = await Compare("sea-suez,sea-cape");
        var (suez, cape) = (routes["sea-suez"], routes["sea-cape"]);
        // 13,800–14,000 nautical miles (Port Economics; Flexport) are 25,560–25,930 km.
        Assert.InRange(cape.GetProperty("lengthKm").GetDouble(), 24_500, 27_000);
        Assert.True(cape.GetProperty("lengthKm").GetDouble() - suez.GetProperty("lengthKm").GetDouble() > 4_500);
        Assert.Equal(0, cape.GetProperty("transshipments").GetInt32());
        Assert.Equal(35, cape.GetProperty("transitDays").GetProperty("min").GetDouble());
        Assert.True(cape.GetProperty("co2").GetProperty("min").GetDouble() > suez.GetProperty("co2").GetProperty("min").GetDouble());
        var disruption = suez.GetProperty("disruption");
        Assert.Equal("2023-12", disruption.GetProperty("since").GetString());
        Assert.StartsWith("Disrupted since December 2023", disruption.GetProperty("text").GetString());
        Assert.NotEmpty(disruption.GetProperty("sources").EnumerateArray());
        var listed = (await GetJson("/api/routes?lang=ru")).EnumerateArray().Single(r => r.GetProperty("id").GetString() == "sea-suez");
        Assert.StartsWith("Нарушен с декабря 2023", listed.GetProperty("disruption").GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_middle_corridor_crosses_kazakhstan_azerbaijan_and_georgia_with_a_gauge_break_and_two_transshipments()
    {
        var route = (await Compare("middle-corridor,northern-corridor"))["middle-corridor"];
        Assert.Superset(new HashSet<string> { "KAZ", "AZE", "GEO" }, Countries(route).ToHashSet());
        Assert.Equal(["CHN", "KAZ", "AZE", "GEO", "TUR"], Countries(route));
        Assert.True(route.GetProperty("gaugeBreaks").GetInt32() >= 1);
        Assert.Equal(["Port of Khorgos – Altynkol", "Akhalkalaki"], route.GetProperty("gaugeBreakPlaces").EnumerateArray().Select(p => p.GetString()));
        Assert.True(route.GetProperty("transshipments").GetInt32() >= 2);
        Assert.True(route.GetProperty("lengthByModeKm").GetProperty("sea").GetDouble() > 300, "the Caspian crossing is at sea");
    }

    [Fact]
    public async Task The_northern_corridor_crosses_russia()
    {
        var route = (await Compare("northern-corridor,sea-suez"))["northern-corridor"];
        Assert.Contains("RUS", Countries(route));
        Assert.Equal(0, route.GetProperty("transshipments").GetInt32());
        Assert.Equal(Countries(route).Length - 1, route.GetProperty("borderCrossings").GetInt32());
    }

    [Fact]
    public async Task The_cku_railway_measures_its_published_523_km_from_kashgar_to_andijan()
    {
        // Both the Chinese plan (213 + 260 + 50) and the Kyrgyz authorities (155 + 304.94 + 63) give about 523 km.
        var cku = (await Compare("cku-railway,sea-suez"))["cku-railway"];
        var railway = cku.GetProperty("sections").EnumerateArray().TakeWhile(s => s.GetProperty("id").GetString() != "andijan-tashkent").ToList();
        Assert.Equal(4, railway.Count);
        Assert.All(railway, s => Assert.Equal("published", s.GetProperty("basis").GetString()));
        Assert.InRange(railway.Sum(s => s.GetProperty("lengthKm").GetDouble()), 523 * 0.95, 523 * 1.05);
        Assert.Equal(["CHN", "KGZ", "UZB"], Countries(cku));
        Assert.Equal(1, cku.GetProperty("gaugeBreaks").GetInt32());
        Assert.Equal("Makmal", cku.GetProperty("gaugeBreakPlaces")[0].GetString());
        Assert.Equal("under-construction", cku.GetProperty("status").GetString());
        Assert.Equal(2030, cku.GetProperty("opensAbout").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Today_kashgar_reaches_andijan_by_road_via_irkeshtam()
    {
        var today = await GetJson("/api/routes/plan?from=kashgar&to=andijan");
        Assert.Equal(["kashgar", "irkeshtam", "osh", "andijan"], today.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("operational", today.GetProperty("status").GetString());
        Assert.True(today.GetProperty("lengthByModeKm").GetProperty("road").GetDouble() > 200);
        Assert.Equal(1, today.GetProperty("transshipments").GetInt32());
    }

    [Fact]
    public async Task The_sea_route_is_about_as_long_as_the_published_shanghai_rotterdam_distance()
    {
        // 10,600 nautical miles ≈ 19,600 km (Rodrigue, Port Economics).
        var route = (await Compare("sea-suez,middle-corridor"))["sea-suez"];
        Assert.InRange(route.GetProperty("lengthKm").GetDouble(), 19_600 * 0.9, 19_600 * 1.1);
        Assert.Contains("EGY", Countries(route));
    }

    /// <summary>
    /// A drawn route is as long as the WGS84 geodesics between its points, checked against lengths the app did not
    /// compute: an arc of the equator, a · Δλ in radians (a closed form: the equator is a geodesic), and an arc of a
    /// meridian and Astana – Petropavl as GeographicLib gives them (GeodSolve -i, its default ellipsoid WGS84), to
    /// within the API's rounding. On the IUGG mean sphere, which the app measured on before, the equator's arc is
    /// 1779.1213 km, the meridian's 555.9755 and Astana – Petropavl 438.3706, all outside these bounds.
    /// </summary>
    [Theory]
    // 70°E from 45°N through 47°N to 50°N, all in Kazakhstan (one section, so one rounding to 0.1 km): GeodSolve -i.
    [InlineData("[[70,45],[70,47],[70,50]]", 555.9027, 0.06)]
    // The equator from 12°E to 28°E, Gabon to the Congo: 6378.137 · 16 · π / 180 = 1781.1119 km.
    [InlineData("[[12,0],[28,0]]", 1781.1119, 0.15)]
    // Astana (GeoNames: 51.1801°N 71.44598°E) to Petropavl (GeoNames: 54.87343°N 69.15065°E), GeodSolve -i.
    [InlineData("[[71.44598,51.1801],[69.15065,54.87343]]", 438.8626, 0.15)]
    public async Task A_drawn_route_is_as_long_as_the_geodesics_between_its_points(string coordinates, double km, double tolerance)
    {
        using var response = await Post($$"""{"type":"LineString","coordinates":{{coordinates}}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        // Sections carry 0.1 km; the route's own figure is rounded to the kilometre.
        var sections = route.GetProperty("sections").EnumerateArray().Sum(s => s.GetProperty("geometryKm").GetDouble());
        Assert.InRange(sections, km - tolerance, km + tolerance);
        Assert.InRange(route.GetProperty("geometryKm").GetDouble(), km - tolerance - 1, km + tolerance + 1);
    }

    [Fact]
    public async Task Transit_days_come_with_their_sources_and_say_when_none_is_published()
    {
        var routes = await Compare("middle-corridor,cku-railway,sea-suez");
        var middle = routes["middle-corridor"].GetProperty("transitDays");
        Assert.Equal("published", middle.GetProperty("basis").GetString());
        Assert.True(middle.GetProperty("min").GetDouble() < middle.GetProperty("max").GetDouble());
        Assert.True(middle.GetProperty("sources").GetArrayLength() >= 2, "conflicting claims keep all their sources");
        Assert.False(string.IsNullOrEmpty(middle.GetProperty("source").GetProperty("title").GetString()));
        var cku = routes["cku-railway"].GetProperty("transitDays");
        Assert.Equal("none", cku.GetProperty("basis").GetString());
        Assert.Equal(JsonValueKind.Null, cku.GetProperty("min").ValueKind);
        Assert.True(routes["sea-suez"].GetProperty("co2KgPerTeu").GetDouble() > 0);
        Assert.Equal(routes["sea-suez"].GetProperty("co2").GetProperty("min").GetDouble(), routes["sea-suez"].GetProperty("co2").GetProperty("max").GetDouble());
    }

    [Fact]
    public async Task A_plan_that_avoids_russia_never_enters_it()
    {
        var plan = await GetJson("/api/routes/plan?from=xian&to=istanbul&avoid=RUS");
        Assert.DoesNotContain("RUS", Countries(plan));
        var russia = (await GetJson("/api/layers/borders")).GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == "RUS").GetProperty("geometry").Deserialize<Geometry>(GeoJsonSetup.Options)!;
        var path = plan.GetProperty("geometry").Deserialize<Geometry>(GeoJsonSetup.Options)!;
        Assert.False(path.Intersects(russia));
    }

    [Fact]
    public async Task By_time_and_by_distance_may_differ_but_both_arrive()
    {
        var byDistance = await GetJson("/api/routes/plan?from=lianyungang&to=almaty&by=distance");
        var byTime = await GetJson("/api/routes/plan?from=lianyungang&to=almaty&by=time");
        Assert.Equal("almaty", byDistance.GetProperty("nodes").EnumerateArray().Last().GetString());
        Assert.Equal("almaty", byTime.GetProperty("nodes").EnumerateArray().Last().GetString());
    }

    [Theory]
    [InlineData("/api/routes/compare?ids=middle-corridor", HttpStatusCode.BadRequest)]
    [InlineData("/api/routes/compare", HttpStatusCode.BadRequest)]
    [InlineData("/api/routes/compare?ids=a,b,c,d,e,f,g", HttpStatusCode.BadRequest)]
    [InlineData("/api/routes/compare?ids=sea-suez,sea-suez", HttpStatusCode.BadRequest)]
    [InlineData("/api/routes/compare?ids=sea-suez,silk-road", HttpStatusCode.NotFound)]
    [InlineData("/api/routes/plan?from=xian", HttpStatusCode.BadRequest)]
    [InlineData("/api/routes/plan?from=xian&to=istanbul&by=fastest", HttpStatusCode.BadRequest)]
    [InlineData("/api/routes/plan?from=xian&to=istanbul&avoid=ru", HttpStatusCode.BadRequest)]
    [InlineData("/api/routes/plan?from=xian&to=atlantis", HttpStatusCode.NotFound)]
    [InlineData("/api/routes/plan?from=xian&to=malaszewicze&avoid=RUS", HttpStatusCode.NotFound)]
    [InlineData("/api/routes/plan?from=xian&to=istanbul&scenario=tomorrow", HttpStatusCode.BadRequest)]
    [InlineData("/api/routes/plan?from=xian&to=istanbul&scenario=PLANNED", HttpStatusCode.BadRequest)]
    public async Task Bad_queries_get_problem_details(string path, HttpStatusCode status) =>
        await LayersApiTests.AssertProblem(await client.GetAsync(path), status);

    private async Task<HttpResponseMessage> Post(string body) =>
        await client.PostAsync("/api/routes/metrics", new StringContent(body, Encoding.UTF8, "application/geo+json"));

    public static TheoryData<string, HttpStatusCode> BadRoutes() => new()
    {
        { "{not json", HttpStatusCode.BadRequest },
        { "[1,2,3]", HttpStatusCode.BadRequest },
        { """{"type":"LineString","coordinates":[[NaN,40],[70,41]]}""", HttpStatusCode.BadRequest },
        { """{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[70,40],[71,40],[71,41],[70,40]]]}}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"Point","coordinates":[70,40]}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"LineString","coordinates":[[70,40]]}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"LineString","coordinates":[[70,40],[70,40]]}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"LineString","coordinates":[[200,40],[70,41]]}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"LineString","coordinates":[[70,95],[70,41]]}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"LineString","coordinates":[["70","40"],[70,41]]}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"LineString","coordinates":"nowhere"}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"Feature","properties":{"mode":"teleport"},"geometry":{"type":"LineString","coordinates":[[70,40],[71,41]]}}""", HttpStatusCode.UnprocessableEntity },
        { """{"type":"Feature","geometry":null}""", HttpStatusCode.UnprocessableEntity },
    };

    [Theory]
    [MemberData(nameof(BadRoutes))]
    public async Task A_bad_route_gets_a_clear_4xx_never_a_500(string body, HttpStatusCode status)
    {
        var problem = await LayersApiTests.AssertProblem(await Post(body), status);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    private static string Line(int vertices, double step = 0.001) =>
        $$"""{"type":"LineString","coordinates":[{{string.Join(",", Enumerable.Range(0, vertices).Select(i => $"[{60 + i * step:0.###},45]"))}}]}""";

    [Fact]
    public async Task More_than_two_thousand_vertices_is_refused_unless_configured()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(Line(2_000))).StatusCode);
        var problem = await LayersApiTests.AssertProblem(await Post(Line(2_001)), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 2,000 vertices", problem.GetProperty("detail").GetString());
        using var configured = new AtlasApp(settings: new Dictionary<string, string> { ["Atlas:Limits:RouteVertices"] = "3000" });
        using var response = await configured.CreateClient().PostAsync("/api/routes/metrics", new StringContent(Line(2_500), Encoding.UTF8, "application/geo+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_zigzag_longer_than_any_real_route_is_refused()
    {
        // 1,000 crossings of the Caspian, 600 km each: the shape that cost minutes before the limit.
        var zigzag = string.Join(",", Enumerable.Range(0, 1_000).Select(i => i % 2 == 0 ? "[47.0,44.0]" : "[53.5,42.0]"));
        var problem = await LayersApiTests.AssertProblem(await Post($$"""{"type":"LineString","coordinates":[{{zigzag}}]}"""), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 40,000 km", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Any_order_of_the_same_routes_answers_in_that_order_and_keeps_nothing_new()
    {
        var answers = app.Services.GetService(typeof(Maps.Api.Hosting.CachedAnswers)) as Maps.Api.Hosting.CachedAnswers;
        var forward = await GetJson("/api/routes/compare?ids=middle-corridor,sea-suez,cku-railway");
        var kept = answers!.Count;
        var backward = await GetJson("/api/routes/compare?ids=cku-railway,sea-suez,middle-corridor");
        Assert.Equal(kept, answers.Count);
        string[] Ids(JsonElement a) => a.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["middle-corridor", "sea-suez", "cku-railway"], Ids(forward));
        Assert.Equal(["cku-railway", "sea-suez", "middle-corridor"], Ids(backward));
        Assert.Equal(forward.GetProperty("routes")[0].GetRawText(), backward.GetProperty("routes")[2].GetRawText());
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_413()
    {
        var padding = new string(' ', 1024 * 1024);
        await LayersApiTests.AssertProblem(await Post($$"""{"type":"LineString",{{padding}}"coordinates":[[70,40],[71,41]]}"""), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_drawn_route_gets_the_same_metrics_with_sea_found_from_the_geometry()
    {
        // Almaty → Aktau by land, across the Caspian to Alat.
        using var response = await Post("""
            {"type":"Feature","properties":{"name":"Almaty to Alat","mode":"rail"},
             "geometry":{"type":"LineString","coordinates":[[76.9,43.25],[71.43,51.13],[51.15,43.65],[50.9,43.2],[50.55,40.3],[49.41,39.95]]}}
            """);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Almaty to Alat", route.GetProperty("name").GetString());
        Assert.Equal(["KAZ", "AZE"], Countries(route));
        Assert.True(route.GetProperty("lengthByModeKm").GetProperty("sea").GetDouble() > 250);
        Assert.True(route.GetProperty("lengthByModeKm").GetProperty("rail").GetDouble() > 2500);
        Assert.Equal(2, route.GetProperty("transshipments").GetInt32());
        Assert.Equal(JsonValueKind.Null, route.GetProperty("gaugeBreaks").ValueKind);
        Assert.Equal("indicative", route.GetProperty("transitDays").GetProperty("basis").GetString());
    }
}
