using Maps.Api.Storage;

namespace Maps.Api.Trade;

/// <summary>The trade values, read from the store once: they change only when geodata/ does, at start-up.</summary>
public sealed class TradeData(IAtlasStore store)
{
    private readonly RetryingLoad<IReadOnlyList<TradeRecord>> records = new(() => store.GetTradeAsync(CancellationToken.None));

    public Task<IReadOnlyList<TradeRecord>> AllAsync() => records.GetAsync();

    /// <summary>Whole US dollars from the file's billions, exactly (43.82 → 43,820,000,000).</summary>
    public static long? Usd(double? billions) => billions is { } b ? (long)Math.Round((decimal)b * 1_000_000_000m) : null;
}
