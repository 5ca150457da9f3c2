using Dapper;
using Maps.Api.Storage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Storage;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"atlas-store-{Guid.NewGuid():N}.db");
    private readonly SqliteStore store;
    private static readonly GeodataSnapshot Snapshot = Geodata.Load(Path.Combine(AppContext.BaseDirectory, "geodata"));

    public SqliteStoreTests() => store = new SqliteStore($"Data Source={path}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }

    private async Task<long> Count(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
    }

    [Fact]
    public async Task Migrations_run_once_however_often_the_app_starts()
    {
        await store.MigrateAsync(CancellationToken.None);
        await store.MigrateAsync(CancellationToken.None);
        Assert.Equal(Maps.Api.Storage.Sql.SqliteSql.Migrations.Length, await Count("schema_migrations"));
    }

    [Fact]
    public async Task Seeding_twice_replaces_rather_than_duplicates()
    {
        await store.MigrateAsync(CancellationToken.None);
        await store.ReplaceGeodataAsync(Snapshot, CancellationToken.None);
        await store.ReplaceGeodataAsync(Snapshot, CancellationToken.None);

        Assert.Equal(Snapshot.Features.Count, await Count("features"));
        Assert.Equal(Snapshot.Features.Count, await Count("features_rtree"));
        Assert.Equal(Snapshot.Version, await store.GetDataVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Features_come_back_as_they_were_stored()
    {
        await store.MigrateAsync(CancellationToken.None);
        await store.ReplaceGeodataAsync(Snapshot, CancellationToken.None);

        var hubs = await store.GetFeaturesAsync("hubs", CancellationToken.None);
        var expected = Snapshot.Features.Where(f => f.LayerId == "hubs").ToList();
        Assert.Equal(expected.Select(f => f.FeatureId), hubs.Select(f => f.FeatureId));
        Assert.True(hubs[0].Geometry.EqualsExact(expected[0].Geometry));
        Assert.Equal(expected[0].PropertiesJson, hubs[0].PropertiesJson);
    }

    [Fact]
    public async Task Bbox_queries_use_the_rtree_and_test_geometry_exactly()
    {
        await store.MigrateAsync(CancellationToken.None);
        await store.ReplaceGeodataAsync(Snapshot, CancellationToken.None);

        // Inside Kazakhstan's envelope but out in the Caspian Sea: the index offers KAZ, the exact test drops it.
        Assert.Empty(await store.FindFeatureIdsAsync("borders", new Envelope(50.4, 50.6, 40.9, 41.1), CancellationToken.None));
        Assert.Equal(["KGZ"], await store.FindFeatureIdsAsync("borders", new Envelope(74.5, 74.6, 42.0, 42.1), CancellationToken.None));

        await using var connection = new SqliteConnection($"Data Source={path}");
        var plan = string.Join("\n", (await connection.QueryAsync<(long, long, long, string)>(
            "EXPLAIN QUERY PLAN " + Maps.Api.Storage.Sql.SqliteSql.FeaturesInBbox,
            new { LayerId = "borders", MinX = 0.0, MaxX = 1.0, MinY = 0.0, MaxY = 1.0 })).Select(r => r.Item4));
        Assert.Contains("VIRTUAL TABLE INDEX", plan);
        Assert.DoesNotContain("SCAN f", plan);
    }
}
