using Dapper;
using Maps.Api.Storage.Sql;

namespace Maps.Api.Storage;

/// <summary>Pages of a selection in feature-id order, whole or as ids, and features by id.</summary>
public sealed partial class SqliteStore
{
    public async Task<FeaturePage> GetFeaturePageAsync(
        FeatureSelection selection, string? after, string? before, int limit, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var backwards = before is not null;
        var reader = WkbReader();
        var box = ExactBox(selection);
        var found = new List<FeatureRecord>();
        var key = before ?? after;
        // The R*Tree matches envelopes; a candidate that fails the exact test leaves a gap, so read on until the page
        // is full (one more than asked, to know whether more follow) or the candidates run out.
        while (true)
        {
            var batch = Math.Max(limit + 1 - found.Count, 100);
            var parameters = new DynamicParameters(new { Key = key, Limit = batch });
            var sql = SqliteSql.FeaturePage(selection, parameters, key is not null, backwards);
            var rows = (await connection.QueryAsync<FeatureRow>(sql, parameters)).AsList();
            foreach (var row in rows.TakeWhile(_ => found.Count <= limit))
            {
                var geometry = reader.Read(row.Geometry);
                if (box is null || box.Intersects(geometry))
                    found.Add(new FeatureRecord(selection.LayerId, row.FeatureId, row.PropertiesJson, geometry));
            }
            if (found.Count > limit || rows.Count < batch) break;
            key = rows[^1].FeatureId;
        }
        var hasMore = found.Count > limit;
        if (hasMore) found.RemoveAt(found.Count - 1);
        if (backwards) found.Reverse();
        return new FeaturePage(found, hasMore);
    }

    public async Task<FeatureIdPage> GetFeatureIdPageAsync(
        FeatureSelection selection, string? after, string? before, int limit, CancellationToken ct)
    {
        // A box's exact test needs the geometry: such a page is read whole.
        if (selection.Bbox.Count > 0)
        {
            var page = await GetFeaturePageAsync(selection, after, before, limit, ct);
            return new FeatureIdPage(page.Features.Select(f => f.FeatureId).ToList(), page.HasMore);
        }
        await using var connection = await OpenAsync(ct);
        var parameters = new DynamicParameters(new { Key = before ?? after, Limit = limit + 1 });
        var sql = SqliteSql.FeaturePage(selection, parameters, (before ?? after) is not null, before is not null,
            idsOnly: true);
        var ids = (await connection.QueryAsync<string>(sql, parameters)).AsList();
        var hasMore = ids.Count > limit;
        if (hasMore) ids.RemoveAt(ids.Count - 1);
        if (before is not null) ids.Reverse();
        return new FeatureIdPage(ids, hasMore);
    }

    public async Task<IReadOnlyList<FeatureRecord>> GetFeaturesAsync(
        string layerId, IReadOnlyList<string> featureIds, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var reader = WkbReader();
        var found = new List<FeatureRecord>(featureIds.Count);
        // SQLite takes at most 32,766 parameters in a statement; a page is far smaller, but a caller may not be.
        foreach (var chunk in featureIds.Chunk(1000))
        {
            var rows = await connection.QueryAsync<FeatureRow>(SqliteSql.FeaturesById,
                new { LayerId = layerId, FeatureIds = chunk });
            found.AddRange(rows.Select(r =>
                new FeatureRecord(layerId, r.FeatureId, r.PropertiesJson, reader.Read(r.Geometry))));
        }
        return found;
    }
}
