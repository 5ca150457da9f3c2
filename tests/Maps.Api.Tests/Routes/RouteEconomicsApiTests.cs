using System.Net;
using System.Text.Json;

namespace Maps.Api.Tests.Routes;

/// <summary>Cost per FEU, hours at borders, the tightest link, volumes and the brief, through real HTTP.</summary>
public sealed class RouteEconomicsApiTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public RouteEconomicsApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<Dictionary<string, JsonElement>> Compare(string ids) =>
        (await GetJson($"/api/routes/compare?ids={ids}")).GetProperty("routes").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);

    private static IEnumerable<JsonElement> Items(JsonElement e, string name) => e.GetProperty(name).EnumerateArray();

    [Fact]
    public async Task Cost_is_the_spread_of_comparable_figures_with_every_figure_sourced()
    {
        var routes = await Compare("sea-suez,northern-corridor,middle-corridor");
        var sea = routes["sea-suez"].GetProperty("costUsdPerFeu");
        var comparable = Items(sea, "figures").Where(f => f.GetProperty("comparable").GetBoolean() && f.GetProperty("unit").GetString() == "USD/FEU").ToList();
        Assert.Equal(comparable.Min(f => f.GetProperty("value").GetDouble()), sea.GetProperty("min").GetDouble());
        Assert.Equal(comparable.Max(f => (f.TryGetProperty("valueMax", out var m) ? m : f.GetProperty("value")).GetDouble()), sea.GetProperty("max").GetDouble());
        // The SCFI is per TEU: listed, marked, and outside the range.
        Assert.Contains(Items(sea, "figures"), f => f.GetProperty("unit").GetString() == "USD/TEU" && !f.GetProperty("comparable").GetBoolean());
        foreach (var route in routes.Values)
            foreach (var figure in Items(route.GetProperty("costUsdPerFeu"), "figures"))
            {
                Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("reporter").GetString()));
                Assert.Contains(figure.GetProperty("covers").GetString(), new[] { "door-to-door", "station-to-station", "port-to-port", "border-to-border" });
                Assert.True(figure.TryGetProperty("asOf", out _) || figure.TryGetProperty("year", out _));
                Assert.All(Items(figure, "sources"), s => Assert.StartsWith("http", s.GetProperty("url").GetString()));
            }
        // The index series per route, in time order, for the chart.
        var wci = Items(sea, "series").Single(s => s.GetProperty("id").GetString() == "drewry-wci-shanghai-rotterdam");
        var dates = Items(wci, "points").Select(p => p.GetProperty("asOf").GetString()!).ToList();
        Assert.True(dates.Count >= 8 && dates.SequenceEqual(dates.Order(StringComparer.Ordinal)));
        Assert.StartsWith("2020", dates[0]);
        Assert.StartsWith("2025", dates[^1]);
        // The ERAI covers only the 1520 mm stretch: not comparable, so the Northern range does not rest on it.
        Assert.All(Items(routes["northern-corridor"].GetProperty("costUsdPerFeu"), "figures").Where(f => f.GetProperty("covers").GetString() == "border-to-border"),
            f => Assert.False(f.GetProperty("comparable").GetBoolean()));
        Assert.NotEmpty(Items(routes["middle-corridor"].GetProperty("costUsdPerFeu"), "surcharges"));
    }

    [Fact]
    public async Task A_route_without_figures_says_there_is_no_published_figure()
    {
        var route = (await Compare("cku-railway,irkeshtam-road-rail"))["cku-railway"];
        var cost = route.GetProperty("costUsdPerFeu");
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("min").ValueKind);
        Assert.Equal("none", cost.GetProperty("basis").GetString());
        Assert.Equal("No published figure.", cost.GetProperty("note").GetString());
        Assert.Equal("No published figure.", route.GetProperty("borderHours").GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, route.GetProperty("tightestLink").ValueKind);
    }

    [Fact]
    public async Task Hours_at_borders_are_the_cpmm_figures_of_the_border_points_a_route_passes()
    {
        var routes = await Compare("northern-corridor,middle-corridor");
        var northern = routes["northern-corridor"].GetProperty("borderHours");
        Assert.Contains("Alashankou (China), rail", Items(northern, "places").Select(p => p.GetString()));
        Assert.DoesNotContain("Horgos (China), rail", Items(northern, "places").Select(p => p.GetString()));
        var hours = Items(northern, "figures").Select(f => f.GetProperty("hours").GetDouble()).ToList();
        Assert.Equal(hours.Min(), northern.GetProperty("min").GetDouble());
        Assert.Equal(hours.Max(), northern.GetProperty("max").GetDouble());
        var byPlace = Items(northern, "figures").GroupBy(f => f.GetProperty("place").GetString()).ToList();
        Assert.Equal(Math.Round(byPlace.Sum(p => p.Max(f => f.GetProperty("hours").GetDouble())), 1), northern.GetProperty("totalMax").GetDouble());
        Assert.All(Items(northern, "figures"), f =>
        {
            Assert.Contains(f.GetProperty("direction").GetString(), new[] { "inbound", "outbound", "both", "not stated" });
            Assert.NotEmpty(Items(f, "sources"));
        });
        Assert.Contains("Horgos (China), rail", Items(routes["middle-corridor"].GetProperty("borderHours"), "places").Select(p => p.GetString()));
    }

    [Fact]
    public async Task Hubs_and_crossings_carry_their_border_hours_for_the_popups()
    {
        var hubs = Items(await GetJson("/api/layers/hubs"), "features").ToDictionary(f => f.GetProperty("id").GetString()!);
        var facts = Items(hubs["alashankou"].GetProperty("properties"), "borderHours").ToList();
        Assert.Contains(facts, f => f.GetProperty("text").GetString() == "2022, outbound: 30.5 h at Alashankou (China), rail (ADB CAREC CPMM)");
        Assert.All(facts, f => Assert.StartsWith("https://cpmm.carecprogram.org/", Items(f, "sources").First().GetProperty("url").GetString()));
        Assert.False(hubs["aktau-port"].GetProperty("properties").TryGetProperty("borderHours", out _));
        var crossings = Items(await GetJson("/api/layers/crossings"), "features").ToDictionary(f => f.GetProperty("id").GetString()!);
        Assert.NotEmpty(Items(crossings["khorgos"].GetProperty("properties"), "borderHours"));
    }

    [Fact]
    public async Task The_planner_totals_border_hours_and_names_the_tightest_link()
    {
        // Through Kazakhstan (the shortest path now leaves China by Irkeshtam, where CAREC gives no hours).
        var plan = await GetJson("/api/routes/plan?from=xian&to=istanbul&avoid=RUS,KGZ");
        Assert.NotEqual(JsonValueKind.Null, plan.GetProperty("borderHours").GetProperty("totalMax").ValueKind);
        var link = plan.GetProperty("tightestLink");
        var utilisation = link.GetProperty("utilisation").GetDouble();
        Assert.Equal(Math.Round(link.GetProperty("throughput").GetProperty("value").GetDouble() / link.GetProperty("capacity").GetProperty("value").GetDouble(), 2), utilisation);
        Assert.Equal("none", plan.GetProperty("costUsdPerFeu").GetProperty("basis").GetString());
    }

    [Fact]
    public async Task Volumes_keep_each_reporter_apart_and_source_every_point()
    {
        var volumes = await GetJson("/api/routes/volumes");
        var series = Items(volumes, "series").ToList();
        var middle = series.Where(s => s.GetProperty("id").GetString()!.StartsWith("middle-corridor")).ToList();
        Assert.True(middle.Select(s => s.GetProperty("reporter").GetString()).Distinct().Count() >= 2, "the ministry's and the TITR Association's series");
        Assert.Contains(series, s => s.GetProperty("id").GetString() == "china-europe-trains");
        Assert.Contains(series, s => s.GetProperty("id").GetString() == "khorgos-gateway-teu");
        foreach (var s in series)
        {
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("unit").GetString()));
            Assert.All(Items(s, "points"), p => Assert.NotEmpty(Items(p, "sources")));
        }
        Assert.Contains(Items(volumes, "links"), l => l.GetProperty("id").GetString() == "baku-port-cargo");
    }
}
