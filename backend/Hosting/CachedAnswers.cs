using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Maps.Api.Hosting;

/// <summary>
/// JSON answers that depend only on the request and the stored data (trade figures, route metrics, layer lists):
/// serialized and compressed once, then served like layer payloads, with ETags. When the stored data changes (an
/// instance seeded a newer release) <see cref="Clear"/> forgets them all. The key says
/// everything the answer depends on, normalised by the caller from validated input only.
/// Answers from a small, known set of keys (a year, a list) are kept for good, up to <see cref="MaxEntries"/> answers
/// and <see cref="MaxBytes"/> bytes. Open-ended ones (route plans: every pair of nodes, every set of avoided countries)
/// go to a cache of <see cref="MaxOpenEndedBytes"/> that forgets the least used, so that nobody can fill memory, or
/// push out the answers every reader needs, with rare requests. Both are counted in bytes (each answer's plain, gzip
/// and Brotli forms), not in entries: a plan with its geometry weighs a hundred times a trade year, and counted by
/// entries a planner's day of distinct plans grew the process by a hundred megabytes. They are written by
/// <see cref="EncodedBodyResult"/>, whose summary says why this is not the framework's output cache.
/// </summary>
public sealed class CachedAnswers(IOptions<JsonOptions> json) : Storage.IStoredDataCache
{
    public const int MaxEntries = 2048;

    public const long MaxBytes = 48L * 1024 * 1024;

    /// <summary>A plan takes a few milliseconds to compute: this cache serves the plans asked again (a shared link, a
    /// class following one screen), about 400 of them, not a day's worth.</summary>
    public const long MaxOpenEndedBytes = 8L * 1024 * 1024;

    /// <summary>The answers kept for good and their bytes; replaced whole by <see cref="Clear"/>.</summary>
    private sealed class Kept(long generation)
    {
        public readonly ConcurrentDictionary<string, EncodedBody> Answers = new();
        public long Bytes;

        /// <summary>Part of every open-ended key, so an answer built from the old data is never found again.</summary>
        public readonly long Generation = generation;
    }

    private volatile Kept kept = new(0);

    private readonly MemoryCache openEnded =
        new(new MemoryCacheOptions { SizeLimit = MaxOpenEndedBytes, TrackStatistics = true });

    public int Count => kept.Answers.Count;

    /// <summary>Bytes held by the answers kept for good.</summary>
    public long KeptBytes => Interlocked.Read(ref kept.Bytes);

    /// <summary>
    /// Forgets every answer. An answer being built meanwhile (perhaps from the old data) goes to the set being
    /// forgotten, never to the new one.
    /// </summary>
    public void Clear()
    {
        kept = new Kept(kept.Generation + 1);
        openEnded.Compact(1.0);
    }

    /// <summary>
    /// Bytes held by the open-ended answers (an estimate the cache keeps; compaction runs in the background).
    /// </summary>
    public long OpenEndedBytes => openEnded.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The answer for <paramref name="key"/>, built on first use.</summary>
    public async Task<CachedJsonResult> GetAsync(string key, Func<Task<JsonNode>> build) =>
        (await GetIfAnyAsync(key, async () => await build()))!;

    public Task<CachedJsonResult> GetAsync(string key, Func<JsonNode> build) =>
        GetAsync(key, () => Task.FromResult(build()));

    /// <summary>
    /// The answer for <paramref name="key"/>, built on first use; null, and nothing kept, when there is none.
    /// </summary>
    public async Task<CachedJsonResult?> GetIfAnyAsync(string key, Func<Task<JsonNode?>> build)
    {
        var into = kept;
        if (into.Answers.TryGetValue(key, out var body)) return new CachedJsonResult(body);
        if (await build() is not { } answer) return null;
        var keep = into.Answers.Count < MaxEntries && Interlocked.Read(ref into.Bytes) < MaxBytes;
        body = Encode(answer, keep);
        if (keep && into.Answers.TryAdd(key, body)) Interlocked.Add(ref into.Bytes, body.HeldBytes);
        return new CachedJsonResult(body);
    }

    public Task<CachedJsonResult?> GetIfAnyAsync(string key, Func<JsonNode?> build) =>
        GetIfAnyAsync(key, () => Task.FromResult(build()));

    /// <summary>
    /// An open-ended answer (see the class summary): kept while it is used, forgotten under pressure.
    /// </summary>
    public CachedJsonResult? GetOpenEnded(long generation, string key, Func<JsonNode?> build)
    {
        if (OpenEndedIfKept(generation, key) is { } found) return found;
        if (build() is not { } answer) return null;
        // Compressed fast, not small, and only into the form asked for: an open-ended answer is as
        // likely to be asked once as many times. Its size in the cache counts the plain body twice,
        // room for the compressed forms made later.
        var body = Encode(answer, cached: false);
        openEnded.Set((generation, key), body, new MemoryCacheEntryOptions { Size = 2 * body.Plain.Length });
        return new CachedJsonResult(body);
    }

    /// <summary>
    /// An open-ended answer if it is kept, without building it: a caller can serve it before waiting for what building
    /// would need (a compute slot).
    /// </summary>
    public CachedJsonResult? OpenEndedIfKept(long generation, string key) =>
        openEnded.TryGetValue((generation, key), out EncodedBody? body) ? new CachedJsonResult(body!) : null;

    /// <summary>
    /// The stored data's generation (one more at each <see cref="Clear"/>): an open-ended answer is kept under the one
    /// read before the data it is built from, so one built from replaced data is never found.
    /// </summary>
    public long Generation => kept.Generation;

    private EncodedBody Encode(JsonNode answer, bool cached) =>
        EncodedBody.Create(JsonSerializer.SerializeToUtf8Bytes(answer, json.Value.SerializerOptions), cached);
}

/// <summary>A cached JSON answer, precompressed, with its ETag (see <see cref="EncodedBodyResult"/>).</summary>
public sealed class CachedJsonResult(EncodedBody body) : EncodedBodyResult(body, MediaType), IEndpointMetadataProvider
{
    public const string MediaType = "application/json; charset=utf-8";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(
            new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(object), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
