using System.Collections.Concurrent;
using Maps.Api.Layers;
using Maps.Api.Storage;
using NetTopologySuite.Geometries;

namespace Maps.Api.Ogc;

/// <summary>
/// One OGC collection: an overlay layer, or part of the network layer (its nodes or its sections), which the store
/// tells apart by the featureType property. Dates are read from startDate/endDate where features carry them.
/// </summary>
public sealed record OgcCollection(
    string Id, LayerRecord Layer, string Title, string Description, IReadOnlyList<PropertyMatch> Fixed)
{
    public const string StartDate = "startDate";
    public const string EndDate = "endDate";

    public FeatureSelection Select(
        IReadOnlyList<Envelope> bbox, IReadOnlyList<PropertyMatch> properties, DateWindow? dates) =>
        new(Layer.Id, bbox, [.. Fixed, .. properties], dates);
}

/// <summary>
/// The collections, and what each holds (count, extent, dates, plain properties), asked of the store once and again
/// after the stored data changed (<see cref="Clear"/>). Loads go through <see cref="RetryingLoad{T}"/>, like the
/// layers': a summary that failed while the store was unreachable is asked again by the next request, never kept.
/// </summary>
public sealed class OgcCatalog(LayerCache layers, IAtlasStore store) : IStoredDataCache
{
    public const string NetworkLayer = "network";

    private readonly ConcurrentDictionary<string, RetryingLoad<FeatureSummary>> summaries = new();

    public async Task<IReadOnlyList<OgcCollection>> ListAsync()
    {
        var collections = (await layers.ListAsync("overlay"))
            .Select(l => new OgcCollection(l.Id, l, l.Title, l.Description, []))
            .ToList();
        if ((await layers.FindAsync(NetworkLayer)) is { } network)
        {
            collections.Add(new OgcCollection("network-nodes", network, "Freight network: nodes",
                "Rail hubs, border crossings and ports that the route metrics and the planner run over.",
                [new PropertyMatch("featureType", "node")]));
            collections.Add(new OgcCollection("network-sections", network, "Freight network: sections",
                "Rail, road and sea sections between the nodes, each with its mode, gauge, status and the stations " +
                "it passes.",
                [new PropertyMatch("featureType", "segment")]));
        }
        return collections;
    }

    public async Task<OgcCollection?> FindAsync(string id) => (await ListAsync()).FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// Built once per collection on the thread pool (on a million features the summary reads the whole layer), and
    /// again after a failed load or a change of the stored data.
    /// </summary>
    public Task<FeatureSummary> SummaryAsync(OgcCollection collection) =>
        summaries.GetOrAdd(collection.Id, _ => new RetryingLoad<FeatureSummary>(() =>
            store.SummarizeFeaturesAsync(
                collection.Select([], [], new DateWindow(OgcCollection.StartDate, OgcCollection.EndDate, null, null)),
                CancellationToken.None))).GetAsync();

    /// <summary>Forgets every summary (the layer list is the layer cache's, which clears itself).</summary>
    public void Clear() => summaries.Clear();
}
