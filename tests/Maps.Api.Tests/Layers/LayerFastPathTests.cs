using System.Net;
using System.Text.Json;

namespace Maps.Api.Tests.Layers;

/// <summary>Once a payload is built, the fast path answers it before routing; every other request must not notice.</summary>
public sealed class LayerFastPathTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public LayerFastPathTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_built_payload_is_answered_exactly_as_the_endpoint_answered_it()
    {
        using var built = await client.GetAsync("/api/layers/borders?zoom=4");
        using var fast = await client.GetAsync("/api/layers/borders?zoom=4");
        Assert.Equal(HttpStatusCode.OK, fast.StatusCode);
        Assert.Equal(await built.Content.ReadAsByteArrayAsync(), await fast.Content.ReadAsByteArrayAsync());
        Assert.Equal(built.Headers.ETag, fast.Headers.ETag);
        Assert.Equal(built.Content.Headers.ContentType, fast.Content.Headers.ContentType);
        Assert.Equal(built.Headers.CacheControl, fast.Headers.CacheControl);
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options" })
            Assert.Equal(built.Headers.GetValues(header), fast.Headers.GetValues(header));
    }

    [Fact]
    public async Task A_built_basemap_layer_is_not_an_overlay_nor_the_other_way_round()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/basemap/land?zoom=4")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/layers/borders?zoom=4")).StatusCode);
        using var land = await client.GetAsync("/api/layers/land?zoom=4");
        using var borders = await client.GetAsync("/api/basemap/borders?zoom=4");
        Assert.Equal(HttpStatusCode.NotFound, land.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, borders.StatusCode);
        Assert.Equal("application/problem+json", land.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_bbox_or_a_bad_zoom_still_reaches_the_endpoint()
    {
        var all = JsonDocument.Parse(await client.GetStringAsync("/api/layers/borders?zoom=4")).RootElement;
        var kyrgyzstan = JsonDocument.Parse(await client.GetStringAsync("/api/layers/borders?zoom=4&bbox=74.5,41.5,75,42")).RootElement;
        Assert.True(kyrgyzstan.GetProperty("features").GetArrayLength() < all.GetProperty("features").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/layers/borders?zoom=x")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/layers/borders?zoom=4&bbox=1,2")).StatusCode);
    }
}
