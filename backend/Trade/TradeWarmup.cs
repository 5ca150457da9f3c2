using Maps.Api.Hosting;
using Maps.Api.Storage;

namespace Maps.Api.Trade;

/// <summary>The trade answers the page waits for before it draws: the series and its context.</summary>
internal sealed class TradeWarmup(TradeData trade, IAtlasStore store, CachedAnswers answers) : IWarmupStep
{
    public WarmupStage Stage => WarmupStage.FirstView;

    public async Task RunAsync(CancellationToken ct)
    {
        await TradeApi.GetSeries(trade, answers);
        await TradeApi.GetContext(store, answers, ct);
    }
}
