using Maps.Api.Storage;

namespace Maps.Api.Hosting;

/// <summary>
/// Every instance follows the data version the store holds (see <see cref="DataVersionWatch"/>): when another
/// instance seeds a newer release, what this one keeps in memory from the store is forgotten and rebuilt from the new
/// data on the next request, so its answers and ETags match the new data. Every response names the version it was
/// served from in <see cref="Header"/>, read when the request began (a cache cleared later never serves older data).
/// </summary>
public static class DataReload
{
    public const string Header = "X-Atlas-Data-Version";

    public static void FollowStoredDataVersion(this WebApplication app)
    {
        var watch = app.Services.GetRequiredService<DataVersionWatch>();
        // In the order registered: what is read from the store first, then what is built from it, so nothing rebuilt
        // meanwhile keeps old data (see StoredDataCaches).
        foreach (var cache in app.Services.GetServices<IStoredDataCache>()) watch.Changed += cache.Clear;
        app.Use((context, next) =>
        {
            // On starting, so that error answers (whose headers the exception handler clears) carry it too.
            if (watch.Current is { } version)
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[Header] = version;
                    return Task.CompletedTask;
                });
            return next(context);
        });
    }
}
