using Maps.Api.Languages;
using Maps.Api.Storage;

namespace Maps.Api.Routes;

/// <summary>Loads the network on first use, and again after a failed load or a change of the stored data.</summary>
public sealed class RouteNetworkProvider(IAtlasStore store) : IStoredDataCache
{
    private readonly RetryingLoad<RouteNetwork> network =
        new(() => RouteNetwork.LoadAsync(store, CancellationToken.None));
    private volatile System.Collections.Concurrent.ConcurrentDictionary<string, RouteNetwork> languages = new();

    /// <summary>Forgets the network; one named from the old network lands in a dictionary no longer kept.</summary>
    public void Clear()
    {
        network.Reset();
        languages = new();
    }

    public Task<RouteNetwork> GetAsync() => network.GetAsync();

    /// <summary>The network named in a language (see <see cref="RouteNetwork.In"/>), made once per language.</summary>
    public async Task<RouteNetwork> GetAsync(string language)
    {
        var named = languages;
        var loaded = await network.GetAsync();
        return language == Language.English ? loaded : named.GetOrAdd(language, loaded.In);
    }
}
