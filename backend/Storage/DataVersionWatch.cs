namespace Maps.Api.Storage;

/// <summary>
/// The version of the data this instance serves: the one the store held when it was last asked. Everything kept in
/// memory from the store (layer payloads, cached answers, the OGC catalogue, the route network) subscribes to
/// <see cref="Changed"/> and forgets what it holds, so that an instance whose data another instance replaced (a rolling
/// deploy) serves the new data, with new ETags, within one poll. Subscribers clear before <see cref="Current"/> moves
/// on, so a response that names the new version was built from it.
/// </summary>
public sealed class DataVersionWatch
{
    private readonly Lock gate = new();
    private volatile string? current;

    /// <summary>The stored version this instance serves; null before the store was first read.</summary>
    public string? Current => current;

    /// <summary>Raised on the polling thread when the stored version changed; handlers are quick and safe.</summary>
    public event Action? Changed;

    /// <summary>Records the version the store holds; true, after telling every subscriber, when it changed.</summary>
    public bool Observe(string? stored)
    {
        lock (gate)
        {
            if (stored is null || stored == current) return false;
            var first = current is null;
            if (!first) Changed?.Invoke();
            current = stored;
            return !first;
        }
    }
}

/// <summary>
/// Asks the store for its data version every Atlas:DataVersionPollSeconds (default 5; one indexed read of one row) and
/// tells <see cref="DataVersionWatch"/>. A store that does not answer is asked again at the next tick.
/// </summary>
internal sealed class DataVersionPolling(
    IAtlasStore store, DataVersionWatch watch, IConfiguration config, ILogger<DataVersionPolling> log)
    : BackgroundService
{
    public const double DefaultSeconds = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = config.GetValue("Atlas:DataVersionPollSeconds", DefaultSeconds);
        if (seconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        try
        {
            var before = watch.Current;
            if (watch.Observe(await store.GetDataVersionAsync(ct)))
                log.LogInformation("The store's data changed from version {Old} to {New}: caches reloaded",
                    before, watch.Current);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogDebug(e, "Reading the stored data version failed; trying again at the next poll");
        }
    }
}
