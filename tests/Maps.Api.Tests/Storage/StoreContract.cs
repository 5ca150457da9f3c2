using Maps.Api.Storage;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Storage;

/// <summary>
/// What every store must do, run against each real store: the SQLite file and PostgreSQL with PostGIS.
/// Each test gets an empty database of its own.
/// </summary>
public abstract class StoreContract
{
    protected static readonly GeodataSnapshot Snapshot = Geodata.Load(Path.Combine(AppContext.BaseDirectory, "geodata"));

    protected abstract IAtlasStore Store { get; }

    protected abstract Task<long> CountAsync(string table);

    private async Task<IAtlasStore> SeededAsync()
    {
        await Store.MigrateAsync(CancellationToken.None);
        await Store.SeedAsync(Snapshot, CancellationToken.None);
        return Store;
    }

    protected async Task Migrations_run_once_however_often_the_app_starts()
    {
        await Store.MigrateAsync(CancellationToken.None);
        var once = await CountAsync("schema_migrations");
        await Store.MigrateAsync(CancellationToken.None);
        Assert.Equal(once, await CountAsync("schema_migrations"));
        Assert.True(once >= 1);
    }

    protected async Task Seeding_happens_once_per_data_version()
    {
        await Store.MigrateAsync(CancellationToken.None);
        Assert.True(await Store.SeedAsync(Snapshot, CancellationToken.None));
        Assert.False(await Store.SeedAsync(Snapshot, CancellationToken.None));
        Assert.True(await Store.SeedAsync(Snapshot with { Version = "another-version" }, CancellationToken.None));
        Assert.Equal(Snapshot.Features.Count, await CountAsync("features"));
        Assert.Equal(Snapshot.Trade.Count, await CountAsync("trade_values"));
        Assert.Equal("another-version", await Store.GetDataVersionAsync(CancellationToken.None));
    }

    protected async Task Features_come_back_as_they_were_stored()
    {
        var store = await SeededAsync();
        var layers = await store.GetLayersAsync(CancellationToken.None);
        Assert.Equal(Snapshot.Layers.Select(l => l.Id), layers.Select(l => l.Id));
        var hubs = await store.GetFeaturesAsync("hubs", CancellationToken.None);
        var expected = Snapshot.Features.Where(f => f.LayerId == "hubs").ToList();
        Assert.Equal(expected.Select(f => f.FeatureId), hubs.Select(f => f.FeatureId));
        Assert.All(hubs.Zip(expected), p => Assert.True(p.First.Geometry.EqualsExact(p.Second.Geometry)));
        Assert.Equal(expected[0].PropertiesJson, hubs[0].PropertiesJson);
        var borders = await store.GetFeaturesAsync("borders", CancellationToken.None);
        Assert.Equal(Snapshot.Features.Where(f => f.LayerId == "borders").Sum(f => f.Geometry.NumPoints), borders.Sum(f => f.Geometry.NumPoints));
    }

    protected async Task Bbox_queries_test_geometry_exactly()
    {
        var store = await SeededAsync();
        // Inside Kazakhstan's envelope but out in the Caspian Sea.
        Assert.Empty(await store.FindFeatureIdsAsync("borders", new Envelope(50.4, 50.6, 40.9, 41.1), CancellationToken.None));
        Assert.Equal(["KGZ"], await store.FindFeatureIdsAsync("borders", new Envelope(74.5, 74.6, 42.0, 42.1), CancellationToken.None));
        var hubs = await store.FindFeatureIdsAsync("hubs", new Envelope(79, 84, 43, 46), CancellationToken.None);
        Assert.Equal(["alashankou", "dostyk", "khorgos-gateway", "port-of-khorgos"], hubs.Order());
    }

    protected async Task Trade_and_documents_are_kept()
    {
        var store = await SeededAsync();
        var trade = await store.GetTradeAsync(CancellationToken.None);
        Assert.Equal(Snapshot.Trade.Count, trade.Count);
        var kazakhstan2024 = trade.Single(t => t.Year == 2024 && t.Iso3 == "KAZ" && t.Reporter == "china");
        Assert.Equal(43.82, kazakhstan2024.Total);
        Assert.Null(kazakhstan2024.Exports);
        Assert.True(trade.Single(t => t.Year == 2021 && t.Iso3 == "KGZ").Derived);
        Assert.NotNull(await store.GetDocumentAsync("routes", CancellationToken.None));
        Assert.Null(await store.GetDocumentAsync("no-such-document", CancellationToken.None));
    }

    protected async Task Widgets_are_written_and_read_back_and_survive_a_reseed()
    {
        var store = await SeededAsync();
        await store.SaveWidgetAsync("abcdefghij", """{"title":"Kept"}""", CancellationToken.None);
        await store.SeedAsync(Snapshot with { Version = "newer" }, CancellationToken.None);
        Assert.Equal("""{"title":"Kept"}""", await store.GetWidgetAsync("abcdefghij", CancellationToken.None));
        Assert.Null(await store.GetWidgetAsync("nosuchwidg", CancellationToken.None));
        Assert.True(await store.PingAsync(CancellationToken.None));
    }
}
