using Dapper;
using Maps.Api.Storage.Sql;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO;

namespace Maps.Api.Storage;

/// <summary>The embedded default: one SQLite file, WAL journal, an R*Tree for bbox queries.</summary>
public sealed partial class SqliteStore(string connectionString) : IAtlasStore
{
    public string Kind => "sqlite";

    /// <summary>A connection set up as every write needs it; features that keep their own tables use it too.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // WAL (set once, in MigrateAsync) lets readers go on while a widget is written. synchronous = FULL syncs the
        // WAL at every commit, so a widget the API answered 201 for survives a killed process and a power loss alike;
        // NORMAL would survive the first only. Writes are a few small rows, so the sync costs nothing a reader notices.
        // busy_timeout: concurrent writers wait for the one write lock rather than fail with SQLITE_BUSY.
        await connection.ExecuteAsync(
            "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;");
        return connection;
    }

    public async Task MigrateAsync(IEnumerable<FeatureSchema> features, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await SchemaMigrations.ApplyAsync(connection, transaction, SqliteSql.MigrationLedgers, SqliteSql.Migrations,
            Kind, features);
        await transaction.CommitAsync(ct);
    }

    public async Task<string?> GetDataVersionAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(SqliteSql.DataVersion);
    }

    public async Task<SeedOutcome> SeedAsync(GeodataSnapshot snapshot, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        // BEGIN IMMEDIATE: the write lock is taken before the version is read, so two starts cannot both seed.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var stored = await connection.QuerySingleOrDefaultAsync<string>(SqliteSql.DataVersion,
            transaction: transaction);
        var outcome = DataVersion.Decide(stored, snapshot.Version, shared: false);
        if (outcome != SeedOutcome.Seeded) return outcome;
        await connection.ExecuteAsync(SqliteSql.DeleteGeodata, transaction: transaction);
        await connection.ExecuteAsync(SqliteSql.InsertLayer, snapshot.Layers, transaction);
        var writer = new WKBWriter();
        foreach (var feature in snapshot.Features)
        {
            var fid = await connection.ExecuteScalarAsync<long>(SqliteSql.InsertFeature, new
            {
                feature.LayerId, feature.FeatureId, feature.PropertiesJson, Geometry = writer.Write(feature.Geometry),
            }, transaction);
            var envelope = feature.Geometry.EnvelopeInternal;
            await connection.ExecuteAsync(SqliteSql.InsertEnvelope, new
            {
                Fid = fid, envelope.MinX, envelope.MaxX, envelope.MinY, envelope.MaxY,
            }, transaction);
        }
        await connection.ExecuteAsync(SqliteSql.InsertDocument,
            snapshot.Documents.Select(d => new { d.Key, Json = d.Value }), transaction);
        await connection.ExecuteAsync(SqliteSql.SetDataVersion, new { snapshot.Version }, transaction);
        await transaction.CommitAsync(ct);
        return SeedOutcome.Seeded;
    }

    public async Task<IReadOnlyList<LayerRecord>> GetLayersAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return (await connection.QueryAsync<LayerRow>(SqliteSql.Layers)).Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyList<FeatureRecord>> GetFeaturesAsync(string layerId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<FeatureRow>(SqliteSql.Features, new { LayerId = layerId });
        var reader = WkbReader();
        return rows.Select(r => new FeatureRecord(layerId, r.FeatureId, r.PropertiesJson, reader.Read(r.Geometry)))
            .ToList();
    }

    public async Task<IReadOnlyList<string>> FindFeatureIdsAsync(string layerId, Envelope bbox, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var candidates = await connection.QueryAsync<FeatureRow>(SqliteSql.FeaturesInBbox, new
        {
            LayerId = layerId, bbox.MinX, bbox.MaxX, bbox.MinY, bbox.MaxY,
        });
        // The R*Tree answers with envelopes (in 32-bit floats, rounded outwards); the exact test is NTS's.
        var box = PreparedGeometryFactory.Prepare(Geo.GeoJsonSetup.Factory.ToGeometry(bbox));
        var reader = WkbReader();
        return candidates.Where(c => box.Intersects(reader.Read(c.Geometry))).Select(c => c.FeatureId).ToList();
    }

    public async Task<FeatureRecord?> GetFeatureAsync(string layerId, string featureId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<FeatureRow>(SqliteSql.Feature,
            new { LayerId = layerId, FeatureId = featureId });
        return row is null
            ? null
            : new FeatureRecord(layerId, row.FeatureId, row.PropertiesJson, WkbReader().Read(row.Geometry));
    }

    public async Task<long> CountFeaturesAsync(FeatureSelection selection, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var parameters = new DynamicParameters();
        if (ExactBox(selection) is not { } box)
            return await connection.ExecuteScalarAsync<long>(
                SqliteSql.CountFeatures(selection, parameters), parameters);
        var reader = WkbReader();
        var candidates = await connection.QueryAsync<byte[]?>(
            SqliteSql.CountCandidates(selection, parameters), parameters);
        return candidates.LongCount(g => g is null || box.Intersects(reader.Read(g)));
    }

    public async Task<FeatureSummary> SummarizeFeaturesAsync(FeatureSelection selection, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var parameters = new DynamicParameters();
        var summarySql = SqliteSql.SummarizeFeatures(selection, parameters);
        parameters.Add("StartPath", selection.Dates is { } d ? SqliteSql.JsonPath(d.StartProperty) : null);
        parameters.Add("EndPath", selection.Dates is { } e ? SqliteSql.JsonPath(e.EndProperty) : null);
        var row = await connection.QuerySingleAsync<SummaryRow>(summarySql, parameters);
        var keysParameters = new DynamicParameters();
        var keysSql = SqliteSql.ScalarProperties(selection, keysParameters);
        var keys = (await connection.QueryAsync<string>(keysSql, keysParameters)).AsList();
        var extent = row.Count == 0
            ? null
            : new Envelope(row.MinX!.Value, row.MaxX!.Value, row.MinY!.Value, row.MaxY!.Value);
        return new FeatureSummary(row.Count, extent, row.FirstDate, row.LastDate, keys);
    }

    /// <summary>The selection's boxes as one prepared geometry for exact tests, or null when it has none.</summary>
    private static NetTopologySuite.Geometries.Prepared.IPreparedGeometry? ExactBox(FeatureSelection selection) =>
        selection.Bbox.Count == 0 ? null : PreparedGeometryFactory.Prepare(Geo.GeoJsonSetup.Factory.BuildGeometry(
            selection.Bbox.Select(b => Geo.GeoJsonSetup.Factory.ToGeometry(b)).ToArray()));

    public async Task<string?> GetDocumentAsync(string key, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(SqliteSql.Document, new { Key = key });
    }

    public async Task<bool> PingAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>("SELECT 1") == 1;
    }

    private static WKBReader WkbReader() => new(Geo.GeoJsonSetup.Factory.GeometryServices);

    // Row shapes as SQLite returns them (integers are 64-bit); mapped to the records above.
    private sealed class FeatureRow
    {
        public string FeatureId { get; set; } = "";
        public string PropertiesJson { get; set; } = "{}";
        public byte[] Geometry { get; set; } = [];
    }

    private sealed class SummaryRow
    {
        public long Count { get; set; }
        public double? MinX { get; set; }
        public double? MaxX { get; set; }
        public double? MinY { get; set; }
        public double? MaxY { get; set; }
        public string? FirstDate { get; set; }
        public string? LastDate { get; set; }
    }

    private sealed class LayerRow
    {
        public string Id { get; set; } = "";
        public string Role { get; set; } = "";
        public string Title { get; set; } = "";
        public string GeometryType { get; set; } = "";
        public string Description { get; set; } = "";
        public string SourcesJson { get; set; } = "[]";
        public long SortOrder { get; set; }
        public string LicenceJson { get; set; } = "{}";
        public string TextsJson { get; set; } = "{}";

        public LayerRecord ToRecord() =>
            new(Id, Role, Title, GeometryType, Description, SourcesJson, (int)SortOrder, LicenceJson, TextsJson);
    }
}
