using Maps.Api.Layers;
using Maps.Api.Routes;
using Maps.Api.Storage;
using Maps.Api.Trade;

namespace Maps.Api.Hosting;

/// <summary>
/// Builds the payloads of the first map view, the compressed page files and the route network in the background after
/// start-up, so the first reader does not wait for simplification, Brotli or intersections.
/// </summary>
internal sealed class Warmup(
    LayerCache cache, CachedAnswers answers, TradeData trade, IAtlasStore store, RouteNetworkProvider routes, FrontendFiles frontend,
    IHostEnvironment env, IConfiguration config, ILogger<Warmup> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Atlas:WarmUp", true)) return;
        var zooms = config.GetSection("Atlas:WarmUpZooms").Get<int[]>() ?? [4];
        try
        {
            foreach (var role in new[] { "basemap", "overlay" })
                foreach (var layer in await cache.ListAsync(role))
                    // The page asks for point layers once, without a zoom: they need no simplification.
                    foreach (int? zoom in layer.GeometryType.Contains("Point") ? [null] : zooms.Select(z => (int?)z))
                    {
                        if (stoppingToken.IsCancellationRequested) return;
                        await cache.GetAsync(layer.Id, zoom, pin: true);
                    }
            // The answers the page waits for before it draws: the layer lists, the trade series and its context.
            await LayersApi.ListOverlays(null, cache, answers);
            await LayersApi.ListBasemap(cache, config, answers);
            await TradeApi.GetSeries(trade, answers);
            await TradeApi.GetContext(store, answers, stoppingToken);
            log.LogInformation("Layer payloads for zoom {Zooms} are ready", string.Join(", ", zooms));
            // The page's files, compressed once (Brotli at its smallest takes a moment for the script).
            if (!env.IsDevelopment()) await Task.Run(frontend.Load, stoppingToken);
            // The route network intersects every segment with the full-resolution borders once; do it before a planner asks.
            await routes.GetAsync();
            // The warm-up's own garbage (full-resolution geometry, compression buffers) is tens of megabytes that the
            // collector would otherwise keep committed until load made it collect: hand it back once, now.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            log.LogInformation("Warm-up done: layer payloads, the page's files and the route network are ready");
            // Then every other zoom's simplified geometry (about 15 s of one core), so that no reader's request waits
            // for a simplification; the first view does not wait for this.
            await PrepareEveryZoom(stoppingToken);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            log.LogInformation("Every zoom prepared: {Zooms} served zooms of every layer", LayerZooms.MaxServed + 1);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed warm-up only costs the first reader time; the request path reports the real error.
            log.LogWarning(e, "Warming the layer cache failed");
        }
    }

    private async Task PrepareEveryZoom(CancellationToken stoppingToken)
    {
        foreach (var role in new[] { "basemap", "overlay" })
            foreach (var layer in await cache.ListAsync(role))
                foreach (var zoom in LayerZooms.All)
                {
                    if (stoppingToken.IsCancellationRequested) return;
                    await cache.PrepareAsync(layer.Id, zoom);
                }
    }
}
