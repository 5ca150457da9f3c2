using System.Security.Cryptography;
using Maps.Api.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Maps.Api.Ogc;

/// <summary>
/// One feature as an items page writes it; for a large one, the same deflated to join a gzip page
/// (<see cref="GzipMember"/>); and a digest of the bytes for the page's ETag.
/// </summary>
public sealed record PreparedOgcFeature(byte[] Json, byte[]? Deflated, byte[] Digest)
{
    /// <summary>
    /// Smaller features are not deflated ahead: a deflater costs more to set up than a few kilobytes cost to compress
    /// with the rest of their page, and pages of points (a million of them) would pay it for every feature read.
    /// </summary>
    public const int DeflatedFrom = 4096;

    public static PreparedOgcFeature Of(byte[] json) =>
        new(json, json.Length >= DeflatedFrom ? GzipMember.Deflate(json) : null, SHA256.HashData(json));
}

/// <summary>
/// Each feature's GeoJSON as the OGC answers write it (full resolution, 7 decimals, RFC 7946 winding), made once and
/// kept within <see cref="MaxBytes"/>, forgetting the least used: an items page is these bytes joined, so a page of the
/// full-resolution borders costs a copy rather than rounding, validating and writing megabytes for every request.
/// </summary>
public sealed class OgcFeatureBytes : IStoredDataCache
{
    /// <summary>
    /// Every overlay at full resolution is about 8 MB; the rest is room for the pages of a large layer.
    /// </summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private readonly MemoryCache features =
        new(new MemoryCacheOptions { SizeLimit = MaxBytes, TrackStatistics = true });
    private int generation;

    /// <summary>What a cache entry, its key and the record cost beside the bytes themselves.</summary>
    private const int EntryOverhead = 256;

    /// <summary>Bytes held (the cache's own estimate).</summary>
    public long HeldBytes => features.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>Read before the features are read from the store, and given to <see cref="Get"/> with them.</summary>
    public int Generation => Volatile.Read(ref generation);

    /// <summary>The feature's prepared bytes if they are held: a page of held features reads no geometry.</summary>
    public PreparedOgcFeature? Find(string layerId, string featureId) =>
        features.TryGetValue((layerId, featureId), out PreparedOgcFeature? held) ? held : null;

    /// <summary>
    /// The feature's prepared bytes. <paramref name="readAt"/> is the <see cref="Generation"/> read before the feature
    /// was read from the store: a feature of data replaced since is served to this request, never kept.
    /// </summary>
    public PreparedOgcFeature Get(FeatureRecord feature, int readAt)
    {
        var key = (feature.LayerId, feature.FeatureId);
        if (features.TryGetValue(key, out PreparedOgcFeature? held)) return held!;
        var json = OgcFeatureWriter.Feature(feature, links: null);
        var prepared = PreparedOgcFeature.Of(json);
        if (readAt != Generation) return prepared;
        var size = json.Length + (prepared.Deflated?.Length ?? 0) + prepared.Digest.Length + EntryOverhead;
        features.Set(key, prepared, new MemoryCacheEntryOptions { Size = size });
        // Cleared between the check and Set: forgotten again.
        if (readAt != Generation) features.Remove(key);
        return prepared;
    }

    /// <summary>
    /// The generation moves first: a feature read before it is removed by its own check, or cleared here.
    /// </summary>
    public void Clear()
    {
        Interlocked.Increment(ref generation);
        features.Clear();
    }
}

/// <summary>
/// Prepares the features of every collection small enough to keep whole (the overlays, the network), so the first
/// reader of a full-resolution page is served a copy; larger ones (the benchmark's million points) as they are read.
/// </summary>
internal sealed class OgcWarmup(OgcCatalog catalog, OgcFeatureBytes bytes, IAtlasStore store, ILogger<OgcWarmup> log)
    : Hosting.IWarmupStep
{
    public const int MaxFeaturesPerLayer = 10_000;

    public Hosting.WarmupStage Stage => Hosting.WarmupStage.Later;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var layer in (await catalog.ListAsync()).Select(c => c.Layer).DistinctBy(l => l.Id))
        {
            if (await store.CountFeaturesAsync(FeatureSelection.All(layer.Id), ct) > MaxFeaturesPerLayer) continue;
            var readAt = bytes.Generation;
            foreach (var feature in await store.GetFeaturesAsync(layer.Id, ct))
            {
                // Half the budget at most: the rest stays for what readers ask of the larger layers.
                if (bytes.HeldBytes > OgcFeatureBytes.MaxBytes / 2) return;
                bytes.Get(feature, readAt);
            }
        }
        log.LogInformation("OGC features prepared: {Megabytes:F1} MB", bytes.HeldBytes / 1048576.0);
    }
}
