using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Layers;

public sealed class LayersApiTests : IDisposable
{
    private static readonly string[] MissionLayers = ["borders", "disputed", "summits", "hubs", "railways", "corridors", "pipelines", "roads", "crossings", "visa-free"];
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public LayersApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Lists_the_mission_layers_with_their_sources()
    {
        var layers = await GetJson("/api/layers");
        Assert.Equal(MissionLayers, layers.EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        foreach (var layer in layers.EnumerateArray())
        {
            foreach (var field in new[] { "title", "geometryType", "description" })
                Assert.False(string.IsNullOrWhiteSpace(layer.GetProperty(field).GetString()));
            Assert.NotEmpty(layer.GetProperty("sources").EnumerateArray());
            Assert.All(layer.GetProperty("sources").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("title").GetString())));
        }
    }

    [Theory]
    [InlineData("borders", null)]
    [InlineData("borders", 4)]
    [InlineData("borders", 2)]
    [InlineData("disputed", null)]
    [InlineData("disputed", 4)]
    [InlineData("summits", null)]
    [InlineData("hubs", 4)]
    [InlineData("railways", null)]
    [InlineData("railways", 6)]
    [InlineData("corridors", null)]
    [InlineData("corridors", 3)]
    [InlineData("pipelines", null)]
    [InlineData("pipelines", 5)]
    [InlineData("roads", 4)]
    [InlineData("crossings", null)]
    [InlineData("visa-free", null)]
    [InlineData("visa-free", 4)]
    public async Task Every_layer_is_valid_rfc7946(string id, int? zoom)
    {
        using var response = await client.GetAsync(zoom is null ? $"/api/layers/{id}" : $"/api/layers/{id}?zoom={zoom}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEmpty(collection.GetProperty("features").EnumerateArray());
        GeoJsonAssert.ValidFeatureCollection(collection, zoom is { } z ? Math.Max(Simplification.Decimals(z), 4) : 6);
    }

    [Fact]
    public async Task Borders_hold_china_central_asia_and_the_route_countries()
    {
        var borders = await GetJson("/api/layers/borders?zoom=3");
        var iso3 = borders.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("iso3").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "AFG", "MNG", "RUS", "IRN", "PAK", "AZE", "GEO", "ARM", "TUR" }, iso3);
    }

    [Fact]
    public async Task Zoom_simplification_reduces_vertices_as_the_map_zooms_out()
    {
        var full = GeoJsonAssert.VertexCount(await GetJson("/api/layers/borders"));
        var zoom8 = GeoJsonAssert.VertexCount(await GetJson("/api/layers/borders?zoom=8"));
        var zoom4 = GeoJsonAssert.VertexCount(await GetJson("/api/layers/borders?zoom=4"));
        var zoom2 = GeoJsonAssert.VertexCount(await GetJson("/api/layers/borders?zoom=2"));
        Assert.True(full > 70_000, $"full resolution has {full} vertices");
        Assert.True(zoom8 < full && zoom4 < zoom8 / 3 && zoom2 < zoom4, $"{full} > {zoom8} > {zoom4} > {zoom2}");
    }

    [Fact]
    public async Task Bbox_returns_only_the_features_that_intersect_it()
    {
        // Around Kyrgyzstan: its neighbours touch the box, Europe and Egypt do not.
        var borders = await GetJson("/api/layers/borders?zoom=5&bbox=73,40,78,42.5");
        var ids = borders.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("KGZ", ids);
        Assert.Contains("CHN", ids);
        Assert.DoesNotContain("NLD", ids);
        Assert.DoesNotContain("EGY", ids);
        GeoJsonAssert.ValidFeatureCollection(borders, 4);

        var hubs = await GetJson("/api/layers/hubs?bbox=79,43,84,46");
        Assert.Equal(["khorgos-gateway", "port-of-khorgos", "alashankou", "dostyk"],
            hubs.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Bbox_in_the_caspian_finds_no_country_although_envelopes_cover_it()
    {
        // Kazakhstan's and Russia's envelopes span this patch of sea; the exact test leaves them out.
        var borders = await GetJson("/api/layers/borders?bbox=50.4,40.9,50.6,41.1");
        Assert.Empty(borders.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task Layers_carry_a_strong_etag_and_answer_304_when_it_matches()
    {
        using var first = await client.GetAsync("/api/layers/borders?zoom=4");
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Contains("public", first.Headers.CacheControl!.ToString());
        Assert.True(first.Headers.CacheControl.MaxAge > TimeSpan.Zero);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/layers/borders?zoom=4");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var otherZoom = new HttpRequestMessage(HttpMethod.Get, "/api/layers/borders?zoom=5");
        otherZoom.Headers.IfNoneMatch.Add(etag);
        using var changed = await client.SendAsync(otherZoom);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Theory]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=0.5, BR;q=1", "br")]
    [InlineData("deflate, br;q=0.0, gzip;q=0", null)]
    [InlineData("identity", null)]
    public async Task A_coding_the_client_refuses_is_never_sent(string acceptEncoding, string? expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/layers/summits");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await client.SendAsync(request);
        Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Layers_are_sent_precompressed_with_an_etag_per_encoding(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/layers/borders?zoom=4");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var plain = (await client.GetAsync("/api/layers/borders?zoom=4")).Headers.ETag!.Tag;
        Assert.NotEqual(plain, response.Headers.ETag!.Tag);
        Assert.True(response.Content.Headers.ContentLength < 100_000, "borders at zoom 4 fit the 100 KB budget compressed");
    }

    [Theory]
    [InlineData("/api/layers/nope")]
    [InlineData("/api/layers/land")]
    [InlineData("/api/basemap/borders")]
    [InlineData("/api/no-such-thing")]
    public async Task Unknown_ids_and_paths_are_404_problem_details(string path)
    {
        using var response = await client.GetAsync(path);
        await AssertProblem(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/layers/borders?zoom=19")]
    [InlineData("/api/layers/borders?zoom=abc")]
    [InlineData("/api/layers/borders?bbox=1,2,3")]
    [InlineData("/api/layers/borders?bbox=10,60,20,50")]
    [InlineData("/api/layers/hubs?bbox=west,south,east,north")]
    public async Task Malformed_zoom_or_bbox_is_400_problem_details(string path)
    {
        using var response = await client.GetAsync(path);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_offline_basemap_is_served_and_online_tiles_are_off_by_default()
    {
        var basemap = await GetJson("/api/basemap");
        Assert.Equal(["land", "boundaries"], basemap.GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, basemap.GetProperty("onlineTiles").ValueKind);
        var land = await GetJson("/api/basemap/land?zoom=4");
        GeoJsonAssert.ValidFeatureCollection(land, 4);
        var geometry = land.GetProperty("features")[0].GetProperty("geometry").Deserialize<Geometry>(GeoJsonSetup.Options)!;
        var point = (double lon, double lat) => GeoJsonSetup.Factory.CreatePoint(new Coordinate(lon, lat));
        Assert.True(geometry.Contains(point(70, 48)), "the Kazakh steppe is land");
        Assert.False(geometry.Contains(point(50.5, 41)), "the Caspian Sea is water");
        Assert.False(geometry.Contains(point(65, 15)), "the Arabian Sea is water");
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
