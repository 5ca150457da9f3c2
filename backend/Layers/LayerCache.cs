using System.Collections.Concurrent;
using Maps.Api.Geo;
using Maps.Api.Storage;

namespace Maps.Api.Layers;

/// <summary>
/// Layer payloads per (layer, zoom), each simplified, serialized and compressed once per process.
/// The store changes only when geodata/ does, which is at start-up, so nothing here needs invalidating; a build that
/// failed (the store unreachable) is tried again by the next request.
/// </summary>
public sealed class LayerCache(IAtlasStore store)
{
    private readonly ConcurrentDictionary<(string Layer, int? Zoom), RetryingLoad<LayerPayload>> payloads = new();
    private readonly RetryingLoad<IReadOnlyDictionary<string, LayerRecord>> layers = new(async () =>
        (await store.GetLayersAsync(CancellationToken.None)).ToDictionary(l => l.Id));

    public async Task<LayerRecord?> FindAsync(string id) =>
        (await layers.GetAsync()).GetValueOrDefault(id);

    public async Task<IReadOnlyList<LayerRecord>> ListAsync(string role) =>
        (await layers.GetAsync()).Values.Where(l => l.Role == role).OrderBy(l => l.SortOrder).ToList();

    /// <summary>Whether the payload is built already (the warm-up reports it).</summary>
    public bool IsBuilt(string layerId, int? zoom) => payloads.TryGetValue((layerId, zoom), out var built) && built.IsLoaded;

    /// <summary>The payload of a layer <see cref="FindAsync"/> knows: callers check the id first, so keys stay few.</summary>
    public Task<LayerPayload> GetAsync(string layerId, int? zoom) =>
        payloads.GetOrAdd((layerId, zoom), key => new RetryingLoad<LayerPayload>(() => BuildAsync(key.Layer, key.Zoom))).GetAsync();

    private async Task<LayerPayload> BuildAsync(string layerId, int? zoom)
    {
        var records = await store.GetFeaturesAsync(layerId, CancellationToken.None);
        // The basemap is background: two pixels of tolerance halve its vertices, and nobody reads its coastline closely.
        var pixels = (await FindAsync(layerId))?.Role == "basemap" ? 2 : 1;
        var geometries = Simplification.ForZoom(records.Select(r => r.Geometry).ToList(), zoom, pixels);
        var features = records.Select((r, i) => new MapFeature(r.FeatureId, geometries[i], r.PropertiesJson))
            .Where(f => !f.Geometry.IsEmpty)
            .ToList();
        return LayerPayload.Create(features);
    }
}
