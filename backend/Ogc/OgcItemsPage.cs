using Maps.Api.Storage;

namespace Maps.Api.Ogc;

/// <summary>An items page for the JSON answer, from the prepared features.</summary>
public static class OgcItemsPage
{
    /// <summary>
    /// A page as prepared features: its ids first, then only the features whose bytes are not held yet are read
    /// (reading and writing geometry is what a full-resolution page costs).
    /// </summary>
    public static async Task<(List<PreparedOgcFeature>, FeatureIdPage)> ReadAsync(FeatureSelection selection,
        OgcItemsQuery query, OgcFeatureBytes featureBytes, IAtlasStore store, CancellationToken ct)
    {
        var readAt = featureBytes.Generation;
        async Task<(List<PreparedOgcFeature>, FeatureIdPage)> Whole()
        {
            var whole = await store.GetFeaturePageAsync(selection, query.After, query.Before, query.Limit, ct);
            return (whole.Features.Select(f => featureBytes.Get(f, readAt)).ToList(),
                new FeatureIdPage(whole.Features.Select(f => f.FeatureId).ToList(), whole.HasMore));
        }
        // A box's exact test reads the geometry anyway (in the embedded store): the page is read whole, once.
        if (selection.Bbox.Count > 0) return await Whole();
        var page = await store.GetFeatureIdPageAsync(selection, query.After, query.Before, query.Limit, ct);
        var held = page.FeatureIds.Select(id => featureBytes.Find(selection.LayerId, id)).ToList();
        var missing = page.FeatureIds.Where((_, i) => held[i] is null).ToList();
        if (missing.Count == 0) return (held.Select(f => f!).ToList(), page);
        var read = (await store.GetFeaturesAsync(selection.LayerId, missing, ct)).ToDictionary(f => f.FeatureId);
        // The data was replaced between the two reads: the page is read again, whole, from the new data.
        if (read.Count < missing.Count) return await Whole();
        var prepared = page.FeatureIds.Select((id, i) => held[i] ?? featureBytes.Get(read[id], readAt)).ToList();
        return (prepared, page);
    }
}
