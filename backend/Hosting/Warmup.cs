using System.Threading.Channels;
using Maps.Api.Storage;

namespace Maps.Api.Hosting;

/// <summary>
/// Runs the features' warm-up steps (<see cref="IWarmupStep"/>) in the background after start-up, so the first reader
/// does not wait for simplification, Brotli or intersections: first what the first view needs ("Warm-up done"), then
/// the rest ("Warm-up finished"). When the stored data changes, the caches are cleared and the steps run again, so the
/// readers after a rolling deploy do not pay for the rebuild either.
/// </summary>
public sealed class Warmup(
    IEnumerable<IWarmupStep> steps, DataVersionWatch watch, IConfiguration config, ILogger<Warmup> log)
    : BackgroundService
{
    private readonly TaskCompletionSource firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every step has run once (or the warm-up is off).</summary>
    public Task FirstPass => firstPass.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Atlas:WarmUp", true))
        {
            firstPass.TrySetResult();
            return;
        }
        var dataChanged = Channel.CreateBounded<bool>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        // Subscribed when the host starts, after the caches (see DataReload): the caches
        // clear first, then this asks again.
        watch.Changed += () => dataChanged.Writer.TryWrite(true);
        try
        {
            await RunStepsAsync(stoppingToken, first: true);
            firstPass.TrySetResult();
            while (await dataChanged.Reader.ReadAsync(stoppingToken)) await RunStepsAsync(stoppingToken, first: false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            firstPass.TrySetCanceled(stoppingToken);
        }
    }

    private async Task RunStepsAsync(CancellationToken ct, bool first)
    {
        try
        {
            await RunStageAsync(WarmupStage.FirstView, ct, first);
            log.LogInformation("Warm-up done: the first view's payloads and answers, the page's files and the " +
                "route network are ready");
            await RunStageAsync(WarmupStage.Later, ct, first);
            log.LogInformation("Warm-up finished: every served zoom of every layer and the OGC features are prepared");
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // A failed warm-up only costs the first reader time; the request path reports the real error.
            log.LogWarning(e, "Warming up failed");
        }
    }

    private async Task RunStageAsync(WarmupStage stage, CancellationToken ct, bool first)
    {
        foreach (var step in steps.Where(s => s.Stage == stage))
        {
            ct.ThrowIfCancellationRequested();
            await step.RunAsync(ct);
        }
        // The warm-up's own garbage (full-resolution geometry, compression buffers) is tens of megabytes that the
        // collector would otherwise keep committed until load made it collect: hand it back once, at start-up, before
        // readers come (a blocking collection under the traffic of a rolling deploy would stall them).
        if (!first) return;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
    }
}
