using System.Text.Json;
using System.Text.Json.Nodes;
using Maps.Api.Storage;

namespace Maps.Api.Trade;

/// <summary>The trade values, read from the store once, and again once the stored data changed (<see cref="Clear"/>).
/// </summary>
public sealed class TradeData(IAtlasStore store) : IStoredDataCache
{
    /// <summary>The stored document of every trade value (<see cref="TradeCsv.Document"/>).</summary>
    public const string DocumentKey = "trade";

    private readonly RetryingLoad<IReadOnlyList<TradeRecord>> records = new(async () =>
        await store.GetDocumentAsync(DocumentKey, CancellationToken.None) is { } json
            ? JsonSerializer.Deserialize<List<TradeRecord>>(json, JsonSerializerOptions.Web)!
            : []);

    private readonly RetryingLoad<JsonArray> mirrorReasons = new(async () =>
        await store.GetDocumentAsync("trade-context", CancellationToken.None) is { } json
            && JsonNode.Parse(json)?["mirror"]?["reasons"] is JsonArray reasons ? reasons : []);

    public Task<IReadOnlyList<TradeRecord>> AllAsync() => records.GetAsync();

    public void Clear()
    {
        records.Reset();
        mirrorReasons.Reset();
    }

    /// <summary>
    /// Why China's and a partner's figures differ, as trade-context.json cites it (sources resolved).
    /// </summary>
    public Task<JsonArray> MirrorReasonsAsync() => mirrorReasons.GetAsync();

    /// <summary>Whole US dollars from the file's billions, exactly (43.82 → 43,820,000,000).</summary>
    public static long? Usd(double? billions) =>
        billions is { } b ? (long)Math.Round((decimal)b * 1_000_000_000m) : null;
}
