using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Maps.Api.Geo;
using Maps.Api.Hosting;
using Maps.Api.Languages;
using Maps.Api.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Maps.Api.Layers;

/// <summary>
/// Layer payloads per (layer, served zoom, language). Two levels, both bounded: the simplified geometry of each layer
/// at each served zoom (<see cref="PreparedLayer"/>: a fixed, finite set, kept for good), and the written, compressed
/// payloads, kept in a cache of <see cref="MaxPayloadBytes"/> that forgets the least used. Without a language a
/// feature keeps every language it has (the page picks its own); with one, its words are swapped in
/// (see <see cref="Language.Localize"/>). The first view's payloads are pinned: a script asking for everything cannot
/// push out what every reader needs. A build that failed (the store unreachable) is tried again by the next request.
/// The stored data changes when an instance seeds a newer release: <see cref="Clear"/> forgets everything then (see
/// DataVersionWatch).
/// </summary>
public sealed class LayerCache(IAtlasStore store) : IStoredDataCache
{
    /// <summary>
    /// Every payload of every layer in four languages would be about 100 MB: the cache keeps what is read.
    /// </summary>
    public const long MaxPayloadBytes = 24L * 1024 * 1024;

    private readonly ConcurrentDictionary<(string Layer, int? Zoom), RetryingLoad<PreparedLayer>> prepared = new();
    private readonly MemoryCache payloads =
        new(new MemoryCacheOptions { SizeLimit = MaxPayloadBytes, TrackStatistics = true });
    private readonly RetryingLoad<IReadOnlyDictionary<string, LayerRecord>> layers = new(async () =>
        (await store.GetLayersAsync(CancellationToken.None)).ToDictionary(l => l.Id));

    public async Task<LayerRecord?> FindAsync(string id) =>
        (await layers.GetAsync()).GetValueOrDefault(id);

    public async Task<IReadOnlyList<LayerRecord>> ListAsync(string role) =>
        (await layers.GetAsync()).Values.Where(l => l.Role == role).OrderBy(l => l.SortOrder).ToList();

    private int generation;

    /// <summary>
    /// Forgets every payload, prepared layer and the layer list; builds under way are not kept. What payloads are built
    /// from goes first, then the generation moves, then the payloads: a build that read the new generation finds no old
    /// prepared layer, and one that read the old generation is either cleared here or removed by its own check after
    /// keeping it (see <see cref="GetAsync"/>).
    /// </summary>
    public void Clear()
    {
        prepared.Clear();
        layers.Reset();
        Interlocked.Increment(ref generation);
        payloads.Clear();
    }

    /// <summary>Whether the payload is built and held (the warm-up reports it).</summary>
    public bool IsBuilt(string layerId, int? zoom, string? language = null) =>
        payloads.TryGetValue((layerId, LayerZooms.Served(zoom), language), out _);

    /// <summary>Bytes held by the payload cache (an estimate the cache keeps).</summary>
    public long PayloadBytes => payloads.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>
    /// The payload of a layer <see cref="FindAsync"/> knows, in a language of <see cref="Language.All"/>: callers check
    /// both first, and the zoom is brought into the served set here, so keys stay few. <paramref name="pin"/> keeps it
    /// for good (the warm-up's first view).
    /// </summary>
    public async Task<LayerPayload> GetAsync(string layerId, int? zoom, string? language = null, bool pin = false)
    {
        var key = (layerId, LayerZooms.Served(zoom), language);
        // After a change of the data, a reader may have built a first-view payload before the warm-up: the warm-up
        // builds it again, pinned and compressed at its smallest.
        if (payloads.TryGetValue(key, out LayerPayload? held) && (held!.Pinned || !pin)) return held;
        var built = Volatile.Read(ref generation);
        var layer = await PrepareAsync(layerId, key.Item2);
        var parts = Parts(layer.Features, language);
        var payload = new LayerPayload
        {
            Features = layer.Features,
            // The warm-up's payloads are compressed at their smallest, ahead of any reader; the rest when asked.
            Body = EncodedBody.Create(parts, cached: pin),
            Pinned = pin,
        };
        if (built != Volatile.Read(ref generation)) return payload;
        // The pinned keep their plain body and both compressed forms; the rest keep what readers ask for, a compressed
        // form or two (about a third of the plain body each) and their words, counted as half the plain body, and
        // their parts (a reference and a length each).
        payloads.Set(key, payload, new MemoryCacheEntryOptions
        {
            Size = pin ? payload.Body.HeldBytes : parts.Sum(p => (long)p.Length) / 2 + 24L * parts.Count,
            Priority = pin ? CacheItemPriority.NeverRemove : CacheItemPriority.Normal,
        });
        // Data replaced while it was kept: forgotten again (Clear may have run between the check above and Set).
        if (built != Volatile.Read(ref generation)) payloads.Remove(key);
        return payload;
    }

    /// <summary>A layer simplified for a served zoom (null: full resolution), built once.</summary>
    public Task<PreparedLayer> PrepareAsync(string layerId, int? zoom) =>
        prepared.GetOrAdd((layerId, LayerZooms.Served(zoom)),
                key => new RetryingLoad<PreparedLayer>(() => BuildAsync(key.Layer, key.Zoom)))
            .GetAsync();

    /// <summary>Whether a layer's geometry at a served zoom is simplified already.</summary>
    public bool IsPrepared(string layerId, int? zoom) =>
        prepared.TryGetValue((layerId, LayerZooms.Served(zoom)), out var load) && load.IsLoaded;

    // A feature's members as FeatureCollectionWriter.WriteFeatureMembers writes them, around bytes made beforehand.
    private static readonly ReadOnlyMemory<byte> FeatureHead = "{\"type\":\"Feature\",\"id\":"u8.ToArray(),
        GeometryKey = ",\"geometry\":"u8.ToArray(), PropertiesKey = ",\"properties\":"u8.ToArray(),
        Close = "}"u8.ToArray();

    /// <summary>
    /// A FeatureCollection of prepared features as the parts of one body: each feature's geometry bytes
    /// (the prepared layer's own, not copied) between the few bytes that join them, and its words in the
    /// language (null: every language the data has). A payload is megabytes; written whole for every zoom
    /// and language it was held three times.
    /// </summary>
    public static List<ReadOnlyMemory<byte>> Parts(IReadOnlyList<PreparedFeature> features, string? language) =>
        FeatureCollectionWriter.Join(features, 7, (parts, feature) =>
        {
            parts.Add(FeatureHead);
            parts.Add(JsonSerializer.SerializeToUtf8Bytes(feature.Id));
            parts.Add(GeometryKey);
            parts.Add(feature.GeometryJson);
            parts.Add(PropertiesKey);
            parts.Add(Encoding.UTF8.GetBytes(Localized(feature.PropertiesJson, language)));
            parts.Add(Close);
        }, FeatureCollectionWriter.Tail);

    private async Task<PreparedLayer> BuildAsync(string layerId, int? zoom)
    {
        var records = await store.GetFeaturesAsync(layerId, CancellationToken.None);
        // The basemap is background: two pixels of tolerance halve its vertices, and
        // nobody reads its coastline closely.
        var pixels = (await FindAsync(layerId))?.Role == "basemap" ? 2 : 1;
        var geometries = Simplification.ForZoom(records.Select(r => r.Geometry).ToList(), zoom, pixels);
        var words = await HeldWordsAsync(layerId);
        return PreparedLayer.Create(records.Select((r, i) => (r.FeatureId, geometries[i], words(r))).ToList());
    }

    /// <summary>
    /// A feature's words are the same at every zoom, but the store reads a fresh copy for each: those a zoom of the
    /// layer prepared before holds are kept instead, once per layer rather than once per served zoom (10 MB at rest).
    /// </summary>
    private async Task<Func<FeatureRecord, string>> HeldWordsAsync(string layerId)
    {
        var other = prepared.FirstOrDefault(p => p.Key.Layer == layerId && p.Value.IsLoaded).Value;
        if (other is null) return r => r.PropertiesJson;
        var held = new Dictionary<string, string>();
        foreach (var feature in (await other.GetAsync()).Features) held.TryAdd(feature.Id, feature.PropertiesJson);
        return r => held.TryGetValue(r.FeatureId, out var words) && words == r.PropertiesJson
            ? words : r.PropertiesJson;
    }

    /// <summary>
    /// Properties as stored when they hold nothing to translate; otherwise rewritten for the language.
    /// </summary>
    private static string Localized(string propertiesJson, string? language) =>
        language is not null && (propertiesJson.Contains("\"names\"", StringComparison.Ordinal)
            || propertiesJson.Contains("\"translations\"", StringComparison.Ordinal))
            ? Language.Localize(JsonNode.Parse(propertiesJson)!.AsObject(), language).ToJsonString()
            : propertiesJson;
}
