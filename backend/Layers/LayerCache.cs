using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Maps.Api.Geo;
using Maps.Api.Languages;
using Maps.Api.Storage;

namespace Maps.Api.Layers;

/// <summary>
/// Layer payloads per (layer, zoom, language), each simplified, serialized and compressed once per process. Without a
/// language a feature keeps every language it has (names, translations: the page picks its own, so one cached payload
/// serves all three); with one, its words are swapped in (see <see cref="Language.Localize"/>).
/// The stored data changes when an instance seeds a newer release: <see cref="Clear"/> forgets every payload then (see
/// DataVersionWatch). A build that failed (the store unreachable) is tried again by the next request.
/// </summary>
public sealed class LayerCache(IAtlasStore store)
{
    private readonly ConcurrentDictionary<(string Layer, int? Zoom, string? Language), RetryingLoad<LayerPayload>> payloads = new();
    private readonly RetryingLoad<IReadOnlyDictionary<string, LayerRecord>> layers = new(async () =>
        (await store.GetLayersAsync(CancellationToken.None)).ToDictionary(l => l.Id));

    public async Task<LayerRecord?> FindAsync(string id) =>
        (await layers.GetAsync()).GetValueOrDefault(id);

    public async Task<IReadOnlyList<LayerRecord>> ListAsync(string role) =>
        (await layers.GetAsync()).Values.Where(l => l.Role == role).OrderBy(l => l.SortOrder).ToList();

    /// <summary>Forgets every payload and the layer list; builds under way end in entries no longer kept.</summary>
    public void Clear()
    {
        payloads.Clear();
        layers.Reset();
    }

    /// <summary>Whether the payload is built already (the warm-up reports it).</summary>
    public bool IsBuilt(string layerId, int? zoom, string? language = null) =>
        payloads.TryGetValue((layerId, zoom, language), out var built) && built.IsLoaded;

    /// <summary>
    /// The payload of a layer <see cref="FindAsync"/> knows, in a language of <see cref="Language.All"/>: callers check
    /// both first, so keys stay few.
    /// </summary>
    public Task<LayerPayload> GetAsync(string layerId, int? zoom, string? language = null) =>
        payloads.GetOrAdd((layerId, zoom, language), key => new RetryingLoad<LayerPayload>(() => BuildAsync(key.Layer, key.Zoom, key.Language))).GetAsync();

    private async Task<LayerPayload> BuildAsync(string layerId, int? zoom, string? language)
    {
        var records = await store.GetFeaturesAsync(layerId, CancellationToken.None);
        // The basemap is background: two pixels of tolerance halve its vertices, and nobody reads its coastline closely.
        var pixels = (await FindAsync(layerId))?.Role == "basemap" ? 2 : 1;
        var geometries = Simplification.ForZoom(records.Select(r => r.Geometry).ToList(), zoom, pixels);
        var features = records.Select((r, i) => new MapFeature(r.FeatureId, geometries[i], Localized(r.PropertiesJson, language)))
            .Where(f => !f.Geometry.IsEmpty)
            .ToList();
        return LayerPayload.Create(features);
    }

    /// <summary>Properties as stored when they hold nothing to translate; otherwise rewritten for the language.</summary>
    private static string Localized(string propertiesJson, string? language) =>
        language is not null && (propertiesJson.Contains("\"names\"", StringComparison.Ordinal) || propertiesJson.Contains("\"translations\"", StringComparison.Ordinal))
            ? Language.Localize(JsonNode.Parse(propertiesJson)!.AsObject(), language).ToJsonString()
            : propertiesJson;
}
