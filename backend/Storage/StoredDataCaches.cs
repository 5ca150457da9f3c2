namespace Maps.Api.Storage;

/// <summary>
/// Something kept in memory from the stored data (layer payloads, the route network, cached answers):
/// forgotten when another instance seeds a newer release (see <see cref="DataVersionWatch"/>), so that
/// it is rebuilt from the new data.
/// </summary>
public interface IStoredDataCache
{
    /// <summary>Forgets what is held; quick and safe to call from any thread.</summary>
    void Clear();
}

public static class StoredDataCaches
{
    /// <summary>
    /// Registers a singleton that is also cleared when the stored data changes. Caches are cleared in the order
    /// they are registered: register what reads the store before what is built from other caches, so nothing
    /// rebuilt meanwhile keeps old data.
    /// </summary>
    public static IServiceCollection AddStoredDataCache<T>(this IServiceCollection services)
        where T : class, IStoredDataCache =>
        services.AddSingleton<T>().AddSingleton<IStoredDataCache>(s => s.GetRequiredService<T>());
}
