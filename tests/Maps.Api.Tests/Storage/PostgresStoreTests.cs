using Dapper;
using Maps.Api.Storage;
using Npgsql;

namespace Maps.Api.Tests.Storage;

public sealed class PostgresStoreTests : StoreContract, IAsyncLifetime
{
    protected override bool SharedByInstances => true;

    private string? connectionString;
    private PostgresStore? store;

    protected override IAtlasStore Store => store!;

    public Task InitializeAsync()
    {
        if (PostgresServer.AdminConnectionString is null) return Task.CompletedTask;
        connectionString = PostgresServer.CreateDatabase();
        store = new PostgresStore(connectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (store is not null) await store.DisposeAsync();
        if (connectionString is not null) PostgresServer.DropDatabase(connectionString);
    }

    protected override async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
    }

    protected override async Task MigrateAsAnOldBuildDidAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(OldBuildSchemas.PostgresLedger);
        for (var version = 1; version <= OldBuildSchemas.Postgres.Length; version++)
        {
            await connection.ExecuteAsync(OldBuildSchemas.Postgres[version - 1]);
            await connection.ExecuteAsync(OldBuildSchemas.PostgresRecord, new { Version = version });
        }
    }

    [PostgresFact] public Task Migrations_run_once() => Migrations_run_once_however_often_the_app_starts();
    [PostgresFact] public Task Old_database_upgrades() => A_database_made_by_an_old_build_upgrades_and_keeps_its_widgets();
    [PostgresFact] public Task Seeding_once() => Seeding_happens_once_per_data_version();
    [PostgresFact] public Task Seeding_forward() => Seeding_only_moves_forward();
    [PostgresFact] public Task Features_round_trip() => Features_come_back_as_they_were_stored();
    [PostgresFact] public Task Bbox_exact() => Bbox_queries_test_geometry_exactly();
    [PostgresFact] public Task Trade_and_documents() => Trade_and_documents_are_kept();
    [PostgresFact] public Task Widgets() => Widgets_are_written_and_read_back_and_survive_a_reseed();
    [PostgresFact] public Task Paging() => Pages_walk_every_feature_once_in_id_order_both_ways();
    [PostgresFact] public Task Selections() => Selections_filter_by_exact_bbox_properties_and_dates();
    [PostgresFact] public Task Id_pages() => Id_pages_name_the_features_whole_pages_hold_and_features_come_back_by_id();
    [PostgresFact] public Task Summaries() => Summaries_give_count_extent_dates_and_plain_properties();

    [PostgresFact]
    public async Task Bbox_queries_can_use_the_gist_index()
    {
        await Store.MigrateAsync([], CancellationToken.None);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // With a handful of rows the planner may prefer a scan; forbidding scans shows the index serves the query.
        await connection.ExecuteAsync("SET LOCAL enable_seqscan = off", transaction: transaction);
        var plan = string.Join("\n", await connection.QueryAsync<string>("EXPLAIN " + Maps.Api.Storage.Sql.PostgresSql.FeaturesInBbox,
            new { LayerId = "borders", MinX = 0.0, MinY = 0.0, MaxX = 1.0, MaxY = 1.0 }, transaction));
        Assert.Contains("features_geometry", plan);
    }

    [PostgresFact]
    public async Task Pages_read_an_index_range_from_the_key()
    {
        await Store.MigrateAsync([], CancellationToken.None);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("SET LOCAL enable_seqscan = off", transaction: transaction);
        var parameters = new DynamicParameters(new { Key = "p500000", Limit = 101 });
        var sql = Maps.Api.Storage.Sql.PostgresSql.FeaturePage(FeatureSelection.All("synthetic"), parameters, hasKey: true, backwards: false);
        var plan = string.Join("\n", await connection.QueryAsync<string>("EXPLAIN " + sql, parameters, transaction));
        Assert.Matches(@"Index Cond: \(\(f?\.?layer_id = .*feature_id > ", plan);
        Assert.DoesNotContain("Sort", plan);
    }
}
