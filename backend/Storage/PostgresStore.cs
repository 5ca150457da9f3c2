using Dapper;
using Maps.Api.Storage.Sql;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;
// Rows as Dapper reads them from PostgreSQL, by position.
using FeatureRow = (string FeatureId, string PropertiesJson, byte[] Geometry);
using SummaryRow = (long Count, double? MinX, double? MaxX, double? MinY, double? MaxY, string? FirstDate,
    string? LastDate);

namespace Maps.Api.Storage;

/// <summary>
/// PostgreSQL with PostGIS, for several app instances behind a proxy: one database they all read and write.
/// Geometry crosses the wire as WKB; a GiST index answers bbox queries; an advisory lock makes instances that start
/// together migrate and seed one after the other, so nothing is done twice.
/// </summary>
public sealed class PostgresStore(string connectionString) : IAtlasStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public string Kind => "postgresql";

    public async Task MigrateAsync(IEnumerable<FeatureSchema> features, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(PostgresSql.Lock, new { Key = PostgresSql.SetupLock }, transaction);
        await SchemaMigrations.ApplyAsync(connection, transaction, PostgresSql.MigrationLedgers, PostgresSql.Migrations,
            Kind, features);
        await transaction.CommitAsync(ct);
    }

    public Task<string?> GetDataVersionAsync(CancellationToken ct) =>
        ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(PostgresSql.DataVersion), ct);

    public async Task<SeedOutcome> SeedAsync(GeodataSnapshot snapshot, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(PostgresSql.Lock, new { Key = PostgresSql.SetupLock }, transaction);
        var stored = await connection.QuerySingleOrDefaultAsync<string>(PostgresSql.DataVersion,
            transaction: transaction);
        var outcome = DataVersion.Decide(stored, snapshot.Version, shared: true);
        if (outcome != SeedOutcome.Seeded) return outcome;
        await connection.ExecuteAsync(PostgresSql.DeleteGeodata, transaction: transaction);
        await connection.ExecuteAsync(PostgresSql.InsertLayer, snapshot.Layers, transaction);
        var writer = new WKBWriter();
        await connection.ExecuteAsync(PostgresSql.InsertFeature, snapshot.Features.Select(f => new
        {
            f.LayerId, f.FeatureId, f.PropertiesJson, Geometry = writer.Write(f.Geometry),
        }), transaction);
        await connection.ExecuteAsync(PostgresSql.InsertDocument,
            snapshot.Documents.Select(d => new { d.Key, Json = d.Value }), transaction);
        await connection.ExecuteAsync(PostgresSql.SetDataVersion, new { snapshot.Version }, transaction);
        await transaction.CommitAsync(ct);
        return SeedOutcome.Seeded;
    }

    public Task<IReadOnlyList<LayerRecord>> GetLayersAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<LayerRecord>>(
            async c => (await c.QueryAsync<LayerRecord>(PostgresSql.Layers)).AsList(), ct);

    public Task<IReadOnlyList<FeatureRecord>> GetFeaturesAsync(string layerId, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<FeatureRecord>>(async c =>
        {
            var reader = new WKBReader(Geo.GeoJsonSetup.Factory.GeometryServices);
            var rows = await c.QueryAsync<FeatureRow>(PostgresSql.Features, new { LayerId = layerId });
            return rows.Select(r => new FeatureRecord(layerId, r.FeatureId, r.PropertiesJson, reader.Read(r.Geometry)))
                .ToList();
        }, ct);

    public Task<IReadOnlyList<string>> FindFeatureIdsAsync(string layerId, Envelope bbox, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<string>>(async c => (await c.QueryAsync<string>(PostgresSql.FeaturesInBbox, new
        {
            LayerId = layerId, bbox.MinX, bbox.MinY, bbox.MaxX, bbox.MaxY,
        })).AsList(), ct);

    public Task<FeatureRecord?> GetFeatureAsync(string layerId, string featureId, CancellationToken ct) =>
        ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<FeatureRow?>(
                PostgresSql.Feature, new { LayerId = layerId, FeatureId = featureId });
            return row is { } r
                ? new FeatureRecord(layerId, r.FeatureId, r.PropertiesJson, WkbReader().Read(r.Geometry))
                : null;
        }, ct);

    public Task<FeaturePage> GetFeaturePageAsync(
        FeatureSelection selection, string? after, string? before, int limit, CancellationToken ct) =>
        ReadAsync(async c =>
        {
            var parameters = new DynamicParameters(new { Key = before ?? after, Limit = limit + 1 });
            var sql = PostgresSql.FeaturePage(selection, parameters, hasKey: (before ?? after) is not null,
                backwards: before is not null);
            var reader = WkbReader();
            var features = (await c.QueryAsync<FeatureRow>(sql, parameters))
                .Select(r => new FeatureRecord(
                    selection.LayerId, r.FeatureId, r.PropertiesJson, reader.Read(r.Geometry)))
                .ToList();
            var hasMore = features.Count > limit;
            if (hasMore) features.RemoveAt(features.Count - 1);
            if (before is not null) features.Reverse();
            return new FeaturePage(features, hasMore);
        }, ct);

    public Task<FeatureIdPage> GetFeatureIdPageAsync(
        FeatureSelection selection, string? after, string? before, int limit, CancellationToken ct) =>
        ReadAsync(async c =>
        {
            var parameters = new DynamicParameters(new { Key = before ?? after, Limit = limit + 1 });
            var sql = PostgresSql.FeaturePage(selection, parameters, hasKey: (before ?? after) is not null,
                backwards: before is not null, idsOnly: true);
            var ids = (await c.QueryAsync<string>(sql, parameters)).AsList();
            var hasMore = ids.Count > limit;
            if (hasMore) ids.RemoveAt(ids.Count - 1);
            if (before is not null) ids.Reverse();
            return new FeatureIdPage(ids, hasMore);
        }, ct);

    public Task<IReadOnlyList<FeatureRecord>> GetFeaturesAsync(
        string layerId, IReadOnlyList<string> featureIds, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<FeatureRecord>>(async c =>
        {
            var reader = WkbReader();
            var rows = await c.QueryAsync<FeatureRow>(
                PostgresSql.FeaturesById, new { LayerId = layerId, FeatureIds = featureIds.ToArray() });
            return rows.Select(r => new FeatureRecord(layerId, r.FeatureId, r.PropertiesJson, reader.Read(r.Geometry)))
                .ToList();
        }, ct);

    public Task<long> CountFeaturesAsync(FeatureSelection selection, CancellationToken ct) =>
        ReadAsync(async c =>
        {
            var parameters = new DynamicParameters();
            return await c.ExecuteScalarAsync<long>(PostgresSql.CountFeatures(selection, parameters), parameters);
        }, ct);

    public Task<FeatureSummary> SummarizeFeaturesAsync(FeatureSelection selection, CancellationToken ct) =>
        ReadAsync(async c =>
        {
            var parameters = new DynamicParameters(
                new { StartName = selection.Dates?.StartProperty, EndName = selection.Dates?.EndProperty });
            var summarySql = PostgresSql.SummarizeFeatures(selection, parameters);
            var row = await c.QuerySingleAsync<SummaryRow>(summarySql, parameters);
            var keysParameters = new DynamicParameters();
            var keysSql = PostgresSql.ScalarProperties(selection, keysParameters);
            var keys = (await c.QueryAsync<string>(keysSql, keysParameters)).AsList();
            var extent = row.Count == 0
                ? null
                : new Envelope(row.MinX!.Value, row.MaxX!.Value, row.MinY!.Value, row.MaxY!.Value);
            return new FeatureSummary(row.Count, extent, row.FirstDate, row.LastDate, keys);
        }, ct);

    private static WKBReader WkbReader() => new(Geo.GeoJsonSetup.Factory.GeometryServices);

    public Task<string?> GetDocumentAsync(string key, CancellationToken ct) =>
        ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(PostgresSql.Document, new { Key = key }), ct);

    /// <summary>
    /// A write, not repeated after a transient failure (it may have been applied): the caller answers 503, so nothing
    /// unacknowledged is promised; the pool is cleared so that the next request does not meet another dead connection.
    /// </summary>
    public async Task WriteOnceAsync(Func<NpgsqlConnection, Task> write, CancellationToken ct)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await write(connection);
        }
        catch (NpgsqlException e) when (e.IsTransient)
        {
            dataSource.Clear();
            throw;
        }
    }

    public Task<bool> PingAsync(CancellationToken ct) =>
        ReadAsync(async c => await c.ExecuteScalarAsync<int>("SELECT 1") == 1, ct);

    /// <summary>
    /// A read, tried a second time after a transient failure: a database server that restarted leaves every idle
    /// connection in the pool dead, and without the clear and the retry each of them would fail one request.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken ct)
    {
        try
        {
            return await OnceAsync(read, ct);
        }
        catch (NpgsqlException e) when (e.IsTransient)
        {
            dataSource.Clear();
            return await OnceAsync(read, ct);
        }
    }

    private async Task<T> OnceAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await read(connection);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
