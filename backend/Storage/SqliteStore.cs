using Dapper;
using Maps.Api.Storage.Sql;
using Maps.Api.Trade;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO;

namespace Maps.Api.Storage;

/// <summary>The embedded default: one SQLite file, WAL journal, an R*Tree for bbox queries.</summary>
public sealed class SqliteStore(string connectionString) : IAtlasStore
{
    public string Kind => "sqlite";

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // WAL (set once, in MigrateAsync) lets readers go on while a widget is written. synchronous = FULL syncs the WAL at
        // every commit, so a widget the API answered 201 for survives a killed process and a power loss alike; NORMAL
        // would survive the first only. Writes are a few small rows, so the sync costs nothing a reader notices.
        // busy_timeout: concurrent writers wait for the one write lock rather than fail with SQLITE_BUSY.
        await connection.ExecuteAsync("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;");
        return connection;
    }

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(SqliteSql.CreateMigrationsTable, transaction: transaction);
        var applied = (await connection.QueryAsync<int>(SqliteSql.AppliedMigrations, transaction: transaction)).ToHashSet();
        for (var version = 1; version <= SqliteSql.Migrations.Length; version++)
        {
            if (applied.Contains(version)) continue;
            await connection.ExecuteAsync(SqliteSql.Migrations[version - 1], transaction: transaction);
            await connection.ExecuteAsync(SqliteSql.RecordMigration, new { Version = version }, transaction);
        }
        await transaction.CommitAsync(ct);
    }

    public async Task<string?> GetDataVersionAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(SqliteSql.DataVersion);
    }

    public async Task<bool> SeedAsync(GeodataSnapshot snapshot, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        // BEGIN IMMEDIATE: the write lock is taken before the version is read, so two starts cannot both seed.
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (await connection.QuerySingleOrDefaultAsync<string>(SqliteSql.DataVersion, transaction: transaction) == snapshot.Version)
            return false;
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
        await connection.ExecuteAsync(SqliteSql.InsertTrade, snapshot.Trade, transaction);
        await connection.ExecuteAsync(SqliteSql.InsertDocument, snapshot.Documents.Select(d => new { d.Key, Json = d.Value }), transaction);
        await connection.ExecuteAsync(SqliteSql.SetDataVersion, new { snapshot.Version }, transaction);
        await transaction.CommitAsync(ct);
        return true;
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
        return rows.Select(r => new FeatureRecord(layerId, r.FeatureId, r.PropertiesJson, reader.Read(r.Geometry))).ToList();
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

    public async Task<IReadOnlyList<TradeRecord>> GetTradeAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return (await connection.QueryAsync<TradeRow>(SqliteSql.Trade)).Select(r => r.ToRecord()).ToList();
    }

    public async Task<string?> GetDocumentAsync(string key, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(SqliteSql.Document, new { Key = key });
    }

    public async Task SaveWidgetAsync(string id, string configJson, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await connection.ExecuteAsync(SqliteSql.InsertWidget, new { Id = id, ConfigJson = configJson });
    }

    public async Task<string?> GetWidgetAsync(string id, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(SqliteSql.Widget, new { Id = id });
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

    private sealed class TradeRow
    {
        public long Year { get; set; }
        public string Iso3 { get; set; } = "";
        public string Reporter { get; set; } = "";
        public double Total { get; set; }
        public double? Exports { get; set; }
        public double? Imports { get; set; }
        public long Derived { get; set; }
        public string? Note { get; set; }
        public string SourcesJson { get; set; } = "[]";

        public TradeRecord ToRecord() => new((int)Year, Iso3, Reporter, Total, Exports, Imports, Derived != 0, Note, SourcesJson);
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

        public LayerRecord ToRecord() => new(Id, Role, Title, GeometryType, Description, SourcesJson, (int)SortOrder);
    }
}
