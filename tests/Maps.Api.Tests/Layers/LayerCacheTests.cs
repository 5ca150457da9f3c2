using System.Net;
using Maps.Api.Layers;
using Microsoft.Extensions.DependencyInjection;

namespace Maps.Api.Tests.Layers;

/// <summary>No query value makes a payload of its own beyond a small fixed set, and what is kept is bounded in bytes.</summary>
public sealed class LayerCacheTests : IDisposable
{
    private readonly AtlasApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_zoom_past_the_served_set_gets_the_last_served_payload()
    {
        using var client = app.CreateClient();
        using var z12 = await client.GetAsync("/api/layers/borders?zoom=12");
        using var z18 = await client.GetAsync("/api/layers/borders?zoom=18");
        using var z11 = await client.GetAsync("/api/layers/borders?zoom=11");
        Assert.Equal(HttpStatusCode.OK, z18.StatusCode);
        Assert.Equal(z12.Headers.ETag, z18.Headers.ETag);
        Assert.NotEqual(z12.Headers.ETag, z11.Headers.ETag);
    }

    [Fact]
    public async Task Every_zoom_and_language_of_every_layer_stays_within_the_byte_bound()
    {
        using var client = app.CreateClient();
        var cache = app.Services.GetRequiredService<LayerCache>();
        long asked = 0;
        foreach (var path in new[] { "/api/layers/borders", "/api/basemap/land", "/api/layers/visa-free", "/api/basemap/boundaries" })
            foreach (var lang in new[] { "", "lang=en", "lang=ru", "lang=zh" })
                foreach (var zoom in Enumerable.Range(0, 19))
                {
                    if (path.StartsWith("/api/basemap", StringComparison.Ordinal) && lang != "") continue;
                    using var response = await client.GetAsync($"{path}?zoom={zoom}&{lang}");
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    asked += (await response.Content.ReadAsByteArrayAsync()).Length;
                    Assert.InRange(cache.PayloadBytes, 0, LayerCache.MaxPayloadBytes);
                }
        // The bound was tested: what was asked for is far more than the cache may keep.
        Assert.True(asked > 2 * LayerCache.MaxPayloadBytes, $"{asked:N0} bytes asked");
    }
}
