using System.Net;
using System.Text.Json;
using Maps.Api.Geo;
using Maps.Api.Storage;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Ogc;

public sealed class OgcApiTests : IDisposable
{
    private static readonly GeodataSnapshot Snapshot = Maps.Api.Tests.Storage.ShippedGeodata.Load(Path.Combine(AppContext.BaseDirectory, "geodata"));
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public OgcApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<JsonElement> Get(string path, string mediaType = "application/json")
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<JsonElement> Problem(string path, HttpStatusCode status)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static string? Link(JsonElement document, string rel, string? type = null) =>
        document.GetProperty("links").EnumerateArray()
            .FirstOrDefault(l => l.GetProperty("rel").GetString() == rel && (type is null || l.GetProperty("type").GetString() == type))
            is { ValueKind: JsonValueKind.Object } link ? link.GetProperty("href").GetString() : null;

    private static int Count(string layer, Func<FeatureRecord, bool>? where = null) =>
        Snapshot.Features.Count(f => f.LayerId == layer && (where?.Invoke(f) ?? true));

    [Fact]
    public async Task The_landing_page_has_the_links_clients_look_for_and_conformance_names_the_four_classes()
    {
        var landing = await Get("/ogc");
        Assert.EndsWith("/ogc?f=json", Link(landing, "self", "application/json"));
        Assert.EndsWith("/ogc/conformance?f=json", Link(landing, "conformance", "application/json"));
        Assert.EndsWith("/ogc/collections?f=json", Link(landing, "data", "application/json"));
        Assert.EndsWith("/api/openapi.json", Link(landing, "service-desc", "application/vnd.oai.openapi+json;version=3.0"));
        Assert.EndsWith("/api/docs", Link(landing, "service-doc", "text/html"));
        var classes = (await Get("/ogc/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        foreach (var name in new[] { "core", "geojson", "html", "oas30" })
            Assert.Contains($"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/{name}", classes);
    }

    [Fact]
    public async Task Every_overlay_and_the_network_nodes_and_sections_are_collections_with_extent_licence_and_sources()
    {
        var collections = (await Get("/ogc/collections")).GetProperty("collections").EnumerateArray().ToList();
        var expected = Snapshot.Layers.Where(l => l.Role == "overlay").Select(l => l.Id).Append("network-nodes").Append("network-sections");
        Assert.Equal(expected, collections.Select(c => c.GetProperty("id").GetString()));
        foreach (var c in collections)
        {
            var bbox = c.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.True(bbox.Length == 4 && bbox[0] < bbox[2] && bbox[1] < bbox[3], c.GetProperty("id").GetString());
            Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", c.GetProperty("crs")[0].GetString());
            Assert.StartsWith("https://", Link(c, "license"));
            Assert.NotNull(Link(c, "via"));
            Assert.EndsWith($"/ogc/collections/{c.GetProperty("id").GetString()}/items?f=json", Link(c, "items", "application/geo+json"));
        }
        var borders = collections.Single(c => c.GetProperty("id").GetString() == "borders");
        Assert.Contains("Public domain", borders.GetProperty("license").GetProperty("title").GetString());
        // The CKU railway's last sections run through OpenStreetMap stations: ODbL, like every layer built on OSM nodes.
        Assert.Contains("ODbL 1.0", collections.Single(c => c.GetProperty("id").GetString() == "railways").GetProperty("license").GetProperty("title").GetString());
        Assert.Contains("CC BY 4.0", collections.Single(c => c.GetProperty("id").GetString() == "roads").GetProperty("license").GetProperty("title").GetString());
        // Dates only where features carry them: the summits, 18 May 2023 to 17 June 2025.
        var summits = await Get("/ogc/collections/summits");
        Assert.Equal(["2023-05-18T00:00:00Z", "2025-06-17T23:59:59Z"], summits.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0].EnumerateArray().Select(v => v.GetString()));
        Assert.False(borders.GetProperty("extent").TryGetProperty("temporal", out _));
        await Problem("/ogc/collections/no-such-layer", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Items_page_ten_at_a_time_by_next_links_and_back_by_prev_links()
    {
        var first = await Get("/ogc/collections/network-nodes/items", "application/geo+json");
        var total = Count("network", f => f.Geometry is Point);
        Assert.Equal(total, first.GetProperty("numberMatched").GetInt32());
        Assert.Equal(10, first.GetProperty("numberReturned").GetInt32());
        Assert.Null(Link(first, "prev"));
        var seen = new List<string>();
        var pages = new List<JsonElement> { first };
        var page = first;
        while (true)
        {
            seen.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            if (Link(page, "next") is not { } next) break;
            page = await Get(next, "application/geo+json");
            pages.Add(page);
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(Snapshot.Features.Where(f => f.LayerId == "network" && f.Geometry is Point).Select(f => f.FeatureId).Order(), seen.Order());
        // Back from the last page by prev links gives the pages before it, in order.
        var previous = await Get(Link(pages[^1], "prev")!, "application/geo+json");
        Assert.Equal(pages[^2].GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()),
            previous.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.NotNull(Link(previous, "next"));
    }

    [Fact]
    public async Task Limit_defaults_to_ten_clamps_at_ten_thousand_and_rejects_nonsense()
    {
        var all = await Get("/ogc/collections/network-sections/items?limit=50000", "application/geo+json");
        Assert.Equal(Count("network", f => f.Geometry is not Point), all.GetProperty("numberReturned").GetInt32());
        Assert.Null(Link(all, "next"));
        Assert.Contains("limit=50000", Link(all, "self"));
        foreach (var bad in new[] { "0", "-1", "ten", "1.5" })
            Assert.Contains("limit", (await Problem($"/ogc/collections/hubs/items?limit={bad}", HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Items_filter_by_bbox_property_equality_and_datetime_and_reject_unknown_parameters()
    {
        var kyrgyz = await Get("/ogc/collections/borders/items?bbox=74.5,42.0,74.6,42.1", "application/geo+json");
        Assert.Equal(["KGZ"], kyrgyz.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(1, kyrgyz.GetProperty("numberMatched").GetInt32());

        var building = await Get("/ogc/collections/network-sections/items?status=under-construction&limit=100", "application/geo+json");
        Assert.NotEmpty(building.GetProperty("features").EnumerateArray());
        Assert.All(building.GetProperty("features").EnumerateArray(), f => Assert.Equal("under-construction", f.GetProperty("properties").GetProperty("status").GetString()));
        Assert.Equal(building.GetProperty("numberReturned").GetInt32(), building.GetProperty("numberMatched").GetInt32());

        var xian = await Get("/ogc/collections/summits/items?datetime=2023-05-19T12:00:00Z", "application/geo+json");
        Assert.Equal(["summit-2023-xian"], xian.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var later = await Get("/ogc/collections/summits/items?datetime=2024-01-01/..", "application/geo+json");
        Assert.Equal(["summit-2025-astana"], later.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));

        Assert.Contains("datetime", (await Problem("/ogc/collections/borders/items?datetime=2024-01-01", HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.Contains("datetime", (await Problem("/ogc/collections/summits/items?datetime=yesterday", HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.Contains("'colour'", (await Problem("/ogc/collections/hubs/items?colour=red", HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.Contains("'offset'", (await Problem("/ogc/collections/hubs/items?offset=10", HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        await Problem("/ogc/collections/hubs/items?bbox=1,2,3", HttpStatusCode.BadRequest);
        await Problem("/ogc/collections/hubs/items?f=xml", HttpStatusCode.BadRequest);
        await Problem("/ogc/collections?colour=red", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Geometry_is_full_resolution_rfc7946_with_at_most_seven_decimals()
    {
        var borders = await Get("/ogc/collections/borders/items?limit=100", "application/geo+json");
        GeoJsonAssert.ValidFeatureCollection(borders, 7);
        var stored = Snapshot.Features.Where(f => f.LayerId == "borders").Sum(f => f.Geometry.NumPoints);
        Assert.InRange(GeoJsonAssert.VertexCount(borders), stored * 0.999, stored);
        var kgz = await Get("/ogc/collections/borders/items/KGZ", "application/geo+json");
        var geometry = kgz.GetProperty("geometry").Deserialize<Geometry>(GeoJsonSetup.Options)!;
        var storedKgz = Snapshot.Features.Single(f => f.LayerId == "borders" && f.FeatureId == "KGZ").Geometry;
        Assert.Equal(storedKgz.NumPoints, geometry.NumPoints);
        Assert.True(geometry.EqualsTopologically(storedKgz) || geometry.SymmetricDifference(storedKgz).Area < 1e-9, "KGZ as stored, to a centimetre");
        Assert.Equal("KGZ", kgz.GetProperty("id").GetString());
        Assert.NotNull(Link(kgz, "collection"));
        await Problem("/ogc/collections/borders/items/XXX", HttpStatusCode.NotFound);
        // A section is not an item of the nodes, though both live in the network layer.
        var section = Snapshot.Features.First(f => f.LayerId == "network" && f.Geometry is not Point).FeatureId;
        await Problem($"/ogc/collections/network-nodes/items/{section}", HttpStatusCode.NotFound);
        await Get($"/ogc/collections/network-sections/items/{section}", "application/geo+json");
    }

    [Theory]
    [InlineData("/ogc?f=html")]
    [InlineData("/ogc/conformance?f=html")]
    [InlineData("/ogc/collections?f=html")]
    [InlineData("/ogc/collections/summits?f=html")]
    [InlineData("/ogc/collections/hubs/items?f=html")]
    [InlineData("/ogc/collections/summits/items/summit-2023-xian?f=html")]
    public async Task Html_pages_are_plain_documents_within_the_content_security_policy(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!doctype html>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/ogc/style.css", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_browser_gets_html_without_asking_and_the_stylesheet_is_served()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/hubs/items");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        using var response = await client.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Khorgos", await response.Content.ReadAsStringAsync());
        // The same address answers JSON to other clients, so shared caches are told to key on Accept.
        Assert.Contains("Accept", response.Headers.Vary);
        using var json = await client.GetAsync("/ogc/collections/hubs/items");
        Assert.Equal("application/geo+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", json.Headers.Vary);
        using var css = await client.GetAsync("/ogc/style.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    // Items pages carry a weak tag (the compression middleware may send another encoding): either form revalidates,
    // and a malformed If-None-Match gets the page.
    [Theory]
    // Not a plain page: answered by OgcResult itself, not by the output cache.
    [InlineData("/ogc/collections/hubs/items?after=0")]
    [InlineData("/ogc/collections/borders/items/KGZ")]
    public async Task Items_and_features_answer_304_to_their_weak_etag_in_either_form(string path)
    {
        using var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.True(etag.IsWeak);
        foreach (var held in new[] { etag.ToString(), etag.Tag, $"\"other\", {etag}" })
        {
            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.TryAddWithoutValidation("If-None-Match", held);
            using var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
        using var malformed = new HttpRequestMessage(HttpMethod.Get, path);
        malformed.Headers.TryAddWithoutValidation("If-None-Match", etag.Tag.Trim('"'));
        using var full = await client.SendAsync(malformed);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
    }
}
