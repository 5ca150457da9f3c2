using Dapper;
using Maps.Api.Storage;
using Microsoft.Data.Sqlite;

namespace Maps.Api.Tests.Storage;

public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    protected override bool SharedByInstances => false;

    private readonly string path = Path.Combine(Path.GetTempPath(), $"atlas-store-{Guid.NewGuid():N}.db");
    private readonly SqliteStore store;

    public SqliteStoreTests() => store = new SqliteStore($"Data Source={path}");

    protected override IAtlasStore Store => store;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }

    protected override async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
    }

    protected override async Task MigrateAsAnOldBuildDidAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.ExecuteAsync(OldBuildSchemas.SqliteLedger);
        for (var version = 1; version <= OldBuildSchemas.Sqlite.Length; version++)
        {
            await connection.ExecuteAsync(OldBuildSchemas.Sqlite[version - 1]);
            await connection.ExecuteAsync(OldBuildSchemas.SqliteRecord, new { Version = version });
        }
    }

    [Fact] public Task Migrations_run_once() => Migrations_run_once_however_often_the_app_starts();
    [Fact] public Task Old_database_upgrades() => A_database_made_by_an_old_build_upgrades_and_keeps_its_widgets();
    [Fact] public Task Seeding_once() => Seeding_happens_once_per_data_version();
    [Fact] public Task Seeding_forward() => Seeding_only_moves_forward();
    [Fact] public Task Features_round_trip() => Features_come_back_as_they_were_stored();
    [Fact] public Task Bbox_exact() => Bbox_queries_test_geometry_exactly();
    [Fact] public Task Trade_and_documents() => Trade_and_documents_are_kept();
    [Fact] public Task Widgets() => Widgets_are_written_and_read_back_and_survive_a_reseed();
    [Fact] public Task Paging() => Pages_walk_every_feature_once_in_id_order_both_ways();
    [Fact] public Task Selections() => Selections_filter_by_exact_bbox_properties_and_dates();
    [Fact] public Task Id_pages() => Id_pages_name_the_features_whole_pages_hold_and_features_come_back_by_id();
    [Fact] public Task Summaries() => Summaries_give_count_extent_dates_and_plain_properties();

    [Fact]
    public async Task Bbox_queries_read_the_rtree()
    {
        await store.MigrateAsync([], CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={path}");
        var plan = string.Join("\n", (await connection.QueryAsync<(long, long, long, string)>(
            "EXPLAIN QUERY PLAN " + Maps.Api.Storage.Sql.SqliteSql.FeaturesInBbox,
            new { LayerId = "borders", MinX = 0.0, MaxX = 1.0, MinY = 0.0, MaxY = 1.0 })).Select(r => r.Item4));
        // The R*Tree drives the query; features are fetched by key, never scanned or searched by layer.
        var steps = plan.Split('\n');
        Assert.Contains("VIRTUAL TABLE INDEX", steps[0]);
        Assert.Contains("INTEGER PRIMARY KEY", steps[1]);
    }

    [Fact]
    public async Task Pages_read_an_index_range_from_the_key()
    {
        await store.MigrateAsync([], CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={path}");
        var parameters = new DynamicParameters(new { Key = "p500000", Limit = 101 });
        var sql = Maps.Api.Storage.Sql.SqliteSql.FeaturePage(FeatureSelection.All("synthetic"), parameters, hasKey: true, backwards: false);
        var plan = string.Join("\n", (await connection.QueryAsync<(long, long, long, string)>("EXPLAIN QUERY PLAN " + sql, parameters)).Select(r => r.Item4));
        // A page deep in a million features costs one range of the (layer_id, feature_id) index, no scan, no sort.
        Assert.Contains("USING INDEX sqlite_autoindex_features_1 (layer_id=? AND feature_id>?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }
}
