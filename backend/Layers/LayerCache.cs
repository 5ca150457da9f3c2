using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Maps.Api.Geo;
using Maps.Api.Storage;

namespace Maps.Api.Layers;

/// <summary>
/// Layer payloads per (layer, zoom), each simplified, serialized and compressed once per process.
/// The store changes only when geodata/ does, which is at start-up, so nothing here needs invalidating.
/// </summary>
public sealed class LayerCache(IAtlasStore store)
{
    private readonly ConcurrentDictionary<(string Layer, int? Zoom), Lazy<Task<LayerPayload>>> payloads = new();
    // Built on the thread pool: the first caller may be on a socket event thread (see InlineIo).
    private readonly Lazy<Task<IReadOnlyDictionary<string, LayerRecord>>> layers = new(() => Task.Run(async () =>
        (IReadOnlyDictionary<string, LayerRecord>)(await store.GetLayersAsync(CancellationToken.None)).ToDictionary(l => l.Id)));

    public async Task<LayerRecord?> FindAsync(string id) =>
        (await layers.Value).GetValueOrDefault(id);

    public async Task<IReadOnlyList<LayerRecord>> ListAsync(string role) =>
        (await layers.Value).Values.Where(l => l.Role == role).OrderBy(l => l.SortOrder).ToList();

    /// <summary>The payload when it is built already, for the fast path (<see cref="LayerFastPath"/>), which never waits.</summary>
    public bool TryGetBuilt(string role, string layerId, int? zoom, [NotNullWhen(true)] out LayerPayload? payload)
    {
        payload = null;
        if (!layers.IsValueCreated || !layers.Value.IsCompletedSuccessfully || layers.Value.Result.GetValueOrDefault(layerId)?.Role != role)
            return false;
        if (!payloads.TryGetValue((layerId, zoom), out var built) || !built.IsValueCreated || !built.Value.IsCompletedSuccessfully)
            return false;
        payload = built.Value.Result;
        return true;
    }

    public Task<LayerPayload> GetAsync(string layerId, int? zoom) =>
        payloads.GetOrAdd((layerId, zoom), key => new Lazy<Task<LayerPayload>>(() => Task.Run(() => BuildAsync(key.Layer, key.Zoom)))).Value;

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
