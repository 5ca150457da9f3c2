using Maps.Api.Hosting;

namespace Maps.Api.Layers;

/// <summary>
/// The first view's layer payloads (compressed at their smallest, pinned) and the layer lists the page asks for.
/// </summary>
internal sealed class FirstViewLayers(
    LayerCache cache, CachedAnswers answers, IConfiguration config, ILogger<FirstViewLayers> log)
    : IWarmupStep
{
    public WarmupStage Stage => WarmupStage.FirstView;

    public async Task RunAsync(CancellationToken ct)
    {
        var zooms = config.GetSection("Atlas:WarmUpZooms").Get<int[]>() ?? [4];
        foreach (var role in new[] { "basemap", "overlay" })
            foreach (var layer in await cache.ListAsync(role))
                // The page asks for point layers once, without a zoom: they need no simplification.
                foreach (int? zoom in layer.GeometryType.Contains("Point") ? [null] : zooms.Select(z => (int?)z))
                {
                    ct.ThrowIfCancellationRequested();
                    await cache.GetAsync(layer.Id, zoom, pin: true);
                }
        await LayersApi.ListOverlays(null, cache, answers);
        await LayersApi.ListBasemap(cache, config, answers);
        log.LogInformation("Layer payloads for zoom {Zooms} are ready", string.Join(", ", zooms));
    }
}

/// <summary>
/// Every other served zoom's simplified geometry (about 15 s of one core), so that no reader's request waits for a
/// simplification; the first view does not wait for this.
/// </summary>
internal sealed class EveryZoom(LayerCache cache, ILogger<EveryZoom> log) : IWarmupStep
{
    public WarmupStage Stage => WarmupStage.Later;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var role in new[] { "basemap", "overlay" })
            foreach (var layer in await cache.ListAsync(role))
                foreach (var zoom in LayerZooms.All)
                {
                    ct.ThrowIfCancellationRequested();
                    await cache.PrepareAsync(layer.Id, zoom);
                }
        log.LogInformation("Every zoom prepared: {Zooms} served zooms of every layer", LayerZooms.MaxServed + 1);
    }
}
