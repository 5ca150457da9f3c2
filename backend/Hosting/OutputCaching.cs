using Maps.Api.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace Maps.Api.Hosting;

/// <summary>
/// The framework's output cache, for answers a feature marks with a policy of its own (OGC items pages): bounded in
/// bytes, and emptied of what was built from the stored data when that data changes.
/// </summary>
public static class OutputCaching
{
    /// <summary>Room for a dozen full-resolution pages in each encoding; the least recently used go first.</summary>
    public const long MaxBytes = 24L * 1024 * 1024;

    public const string StoredDataTag = "stored-data";

    public static IServiceCollection AddAtlasOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
            {
                o.SizeLimit = MaxBytes;
                // Paths are matched exactly by the endpoints (a collection id is case-sensitive): so must the keys be.
                o.UseCaseSensitivePaths = true;
                o.MaximumBodySize = 4 * 1024 * 1024;
            })
            .AddStoredDataCache<OutputCacheEviction>();

    /// <summary>Evicts every answer tagged <see cref="StoredDataTag"/> when the stored data changes.</summary>
    private sealed class OutputCacheEviction(IOutputCacheStore store, ILogger<OutputCacheEviction> log)
        : IStoredDataCache
    {
        public void Clear()
        {
            // The in-memory store evicts at once; the answers' keys also name the data version, so nothing older is
            // found again even before this completes.
            store.EvictByTagAsync(StoredDataTag, CancellationToken.None).AsTask().ContinueWith(
                t => log.LogWarning(t.Exception, "Evicting cached answers failed"),
                TaskContinuationOptions.OnlyOnFaulted);
        }
    }
}
