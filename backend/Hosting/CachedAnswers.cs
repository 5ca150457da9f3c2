using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Maps.Api.Hosting;

/// <summary>
/// JSON answers that depend only on the request and the data, which changes only at start-up (trade figures, route
/// metrics, layer lists): serialized and compressed once, then served like layer payloads, with ETags. The key says
/// everything the answer depends on. Past <see cref="MaxEntries"/> distinct keys (route plans can be many), answers are
/// still built, only no longer kept.
/// </summary>
public sealed class CachedAnswers(IOptions<JsonOptions> json)
{
    public const int MaxEntries = 2048;

    private readonly ConcurrentDictionary<string, EncodedBody> answers = new();

    public int Count => answers.Count;

    /// <summary>The answer for <paramref name="key"/>, built on first use.</summary>
    public async Task<CachedJsonResult> GetAsync(string key, Func<Task<JsonNode>> build) =>
        (await GetIfAnyAsync(key, async () => await build()))!;

    public Task<CachedJsonResult> GetAsync(string key, Func<JsonNode> build) => GetAsync(key, () => Task.FromResult(build()));

    /// <summary>
    /// The answer for <paramref name="key"/>, built on first use; null, and nothing kept, when there is none. A
    /// <paramref name="oneOff"/> answer (one of very many possible keys, such as a route plan) is compressed fast rather
    /// than as small as the codecs go: Brotli at its smallest costs more than computing a plan.
    /// </summary>
    public async Task<CachedJsonResult?> GetIfAnyAsync(string key, Func<Task<JsonNode?>> build, bool oneOff = false)
    {
        if (answers.TryGetValue(key, out var body)) return new CachedJsonResult(body);
        // Built once per key, on the thread pool: a plan and Brotli at its smallest are work for a socket thread to avoid.
        body = await Task.Run(async () =>
        {
            if (await build() is not { } answer) return null;
            var keep = answers.Count < MaxEntries;
            var built = EncodedBody.Create(JsonSerializer.SerializeToUtf8Bytes(answer, json.Value.SerializerOptions), cached: keep && !oneOff);
            if (keep) answers.TryAdd(key, built);
            return built;
        });
        return body is null ? null : new CachedJsonResult(body);
    }

    public Task<CachedJsonResult?> GetIfAnyAsync(string key, Func<JsonNode?> build, bool oneOff = false) =>
        GetIfAnyAsync(key, () => Task.FromResult(build()), oneOff);
}

/// <summary>A cached JSON answer, precompressed, with its ETag (see <see cref="EncodedBodyResult"/>).</summary>
public sealed class CachedJsonResult(EncodedBody body) : EncodedBodyResult(body, MediaType), IEndpointMetadataProvider
{
    public const string MediaType = "application/json; charset=utf-8";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(object), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
