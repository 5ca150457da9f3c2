using Maps.Api.Storage;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Storage;

/// <summary>
/// What every store must do, run against each real store: the SQLite file and PostgreSQL with PostGIS.
/// Each test gets an empty database of its own.
/// </summary>
public abstract class StoreContract
{
    protected static readonly GeodataSnapshot Snapshot = ShippedGeodata.Load(Path.Combine(AppContext.BaseDirectory, "geodata"));

    protected abstract IAtlasStore Store { get; }

    protected abstract Task<long> CountAsync(string table);

    /// <summary>Makes the empty database what a build from before feature schemas left: its migrations, recorded.</summary>
    protected abstract Task MigrateAsAnOldBuildDidAsync();

    /// <summary>Migrates as the app does: Storage's tables, then every feature's (widgets).</summary>
    private Task MigrateAsync() => Store.MigrateAsync([Maps.Api.Widgets.WidgetStores.Schema], CancellationToken.None);

    private async Task<IAtlasStore> SeededAsync()
    {
        await MigrateAsync();
        await Store.SeedAsync(Snapshot, CancellationToken.None);
        return Store;
    }

    protected async Task Migrations_run_once_however_often_the_app_starts()
    {
        await MigrateAsync();
        var once = await CountAsync("schema_migrations");
        await MigrateAsync();
        Assert.Equal(once, await CountAsync("schema_migrations"));
        Assert.True(once >= 1);
        Assert.Equal(1, await CountAsync("feature_migrations"));
    }

    /// <summary>
    /// A database an older build made, with Storage's steps 1..N recorded and the widgets table among them, takes the
    /// new schema in place: Storage's steps are not run again, Widgets' first step finds its table, and saved widgets
    /// stay.
    /// </summary>
    protected async Task A_database_made_by_an_old_build_upgrades_and_keeps_its_widgets()
    {
        await MigrateAsAnOldBuildDidAsync();
        var recorded = await CountAsync("schema_migrations");
        var widgets = Maps.Api.Widgets.WidgetStores.For(Store);
        await widgets.SaveAsync("savedbefor", """{"title":"Old"}""", CancellationToken.None);
        await MigrateAsync();
        await MigrateAsync();
        Assert.Equal(recorded, await CountAsync("schema_migrations"));
        Assert.Equal(1, await CountAsync("feature_migrations"));
        Assert.Equal(SeedOutcome.Seeded, await Store.SeedAsync(Snapshot, CancellationToken.None));
        Assert.Equal("""{"title":"Old"}""", await widgets.GetAsync("savedbefor", CancellationToken.None));
        await widgets.SaveAsync("savedafter", """{"title":"New"}""", CancellationToken.None);
        Assert.Equal(2, await CountAsync("widgets"));
        Assert.Equal(Snapshot.Features.Count, await CountAsync("features"));
    }

    protected async Task Seeding_happens_once_per_data_version()
    {
        await MigrateAsync();
        Assert.Equal(SeedOutcome.Seeded, await Store.SeedAsync(Snapshot, CancellationToken.None));
        Assert.Equal(SeedOutcome.Current, await Store.SeedAsync(Snapshot, CancellationToken.None));
        var next = Snapshot with { Version = Release(Snapshot.Version, +1, "another") };
        Assert.Equal(SeedOutcome.Seeded, await Store.SeedAsync(next, CancellationToken.None));
        Assert.Equal(Snapshot.Features.Count, await CountAsync("features"));
        Assert.Equal(Snapshot.Documents.Count, await CountAsync("documents"));
        Assert.Equal(next.Version, await Store.GetDataVersionAsync(CancellationToken.None));
    }

    /// <summary>An instance that ships an older release (a rolling deploy's old half) never seeds over a newer one.
    /// </summary>
    protected async Task Seeding_only_moves_forward()
    {
        await MigrateAsync();
        var newer = Snapshot with
        {
            Version = Release(Snapshot.Version, +1, "newer"), Features = Snapshot.Features.Take(3).ToList(),
        };
        Assert.Equal(SeedOutcome.Seeded, await Store.SeedAsync(newer, CancellationToken.None));
        Assert.Equal(SeedOutcome.StoreIsNewer, await Store.SeedAsync(Snapshot, CancellationToken.None));
        Assert.Equal(newer.Version, await Store.GetDataVersionAsync(CancellationToken.None));
        Assert.Equal(3, await CountAsync("features"));
        // The same release with other content replaces it in an instance's own store (an edit on one machine), never in
        // a shared one (two builds that forgot to raise the release would flip the data at every restart); a later
        // release does in both.
        var edited = Snapshot with { Version = Release(Snapshot.Version, +1, "edited") };
        if (SharedByInstances)
        {
            Assert.Equal(SeedOutcome.SameReleaseDiffers, await Store.SeedAsync(edited, CancellationToken.None));
            Assert.Equal(newer.Version, await Store.GetDataVersionAsync(CancellationToken.None));
            Assert.Equal(3, await CountAsync("features"));
        }
        else
        {
            Assert.Equal(SeedOutcome.Seeded, await Store.SeedAsync(edited, CancellationToken.None));
            Assert.Equal(Snapshot.Features.Count, await CountAsync("features"));
        }
        var later = newer with { Version = Release(Snapshot.Version, +2, "later") };
        Assert.Equal(SeedOutcome.Seeded, await Store.SeedAsync(later, CancellationToken.None));
        Assert.Equal(3, await CountAsync("features"));
    }

    /// <summary>Whether several app instances share this kind of store (PostgreSQL) rather than one owning it (SQLite).</summary>
    protected abstract bool SharedByInstances { get; }

    /// <summary>The shipped version's release moved by <paramref name="by"/>, with other content.</summary>
    private static string Release(string version, int by, string content) =>
        new DataVersion(DataVersion.Parse(version).Release + by, content).ToString();

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
        // Trade is a document the Trade feature registered, read back by the feature itself.
        var trade = await new Maps.Api.Trade.TradeData(store).AllAsync();
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "geodata", "trade.csv")).Skip(1).Count(l => l.Length > 0);
        Assert.Equal(rows, trade.Count);
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
        var widgets = Maps.Api.Widgets.WidgetStores.For(store);
        await widgets.SaveAsync("abcdefghij", """{"title":"Kept"}""", CancellationToken.None);
        var newer = Snapshot with { Version = Release(Snapshot.Version, +1, "newer") };
        Assert.Equal(SeedOutcome.Seeded, await store.SeedAsync(newer, CancellationToken.None));
        Assert.Equal("""{"title":"Kept"}""", await widgets.GetAsync("abcdefghij", CancellationToken.None));
        Assert.Null(await widgets.GetAsync("nosuchwidg", CancellationToken.None));
        Assert.True(await store.PingAsync(CancellationToken.None));
    }

    protected async Task Pages_walk_every_feature_once_in_id_order_both_ways()
    {
        var store = await SeededAsync();
        var expected = Snapshot.Features.Where(f => f.LayerId == "network").Select(f => f.FeatureId).ToList();
        var forwards = new List<string>();
        string? after = null;
        FeaturePage page;
        do
        {
            page = await store.GetFeaturePageAsync(FeatureSelection.All("network"), after, null, 7, CancellationToken.None);
            Assert.True(page.Features.Count <= 7);
            forwards.AddRange(page.Features.Select(f => f.FeatureId));
            after = page.Features.LastOrDefault()?.FeatureId;
        } while (page.HasMore);
        Assert.Equal(expected.Order(StringComparer.Ordinal), forwards.Order(StringComparer.Ordinal));
        Assert.Equal(forwards.Distinct().Count(), forwards.Count);

        var backwards = new List<string>();
        string? before = forwards[^1];
        do
        {
            page = await store.GetFeaturePageAsync(FeatureSelection.All("network"), null, before, 7, CancellationToken.None);
            backwards.InsertRange(0, page.Features.Select(f => f.FeatureId));
            before = page.Features.FirstOrDefault()?.FeatureId;
        } while (page.HasMore);
        Assert.Equal(forwards[..^1], backwards);
        Assert.Equal(expected.Count, await store.CountFeaturesAsync(FeatureSelection.All("network"), CancellationToken.None));
    }

    protected async Task Selections_filter_by_exact_bbox_properties_and_dates()
    {
        var store = await SeededAsync();
        // Inside Kazakhstan's envelope but out in the Caspian Sea: no border, exactly; then Kyrgyzstan alone.
        var caspian = new FeatureSelection("borders", [new Envelope(50.4, 50.6, 40.9, 41.1)], []);
        Assert.Empty((await store.GetFeaturePageAsync(caspian, null, null, 10, CancellationToken.None)).Features);
        Assert.Equal(0, await store.CountFeaturesAsync(caspian, CancellationToken.None));
        var kyrgyz = new FeatureSelection("borders", [new Envelope(74.5, 74.6, 42.0, 42.1)], []);
        Assert.Equal(["KGZ"], (await store.GetFeaturePageAsync(kyrgyz, null, null, 10, CancellationToken.None)).Features.Select(f => f.FeatureId));
        Assert.Equal(1, await store.CountFeaturesAsync(kyrgyz, CancellationToken.None));

        var building = new FeatureSelection("railways", [], [new PropertyMatch("status", "under-construction")]);
        var expected = Snapshot.Features.Count(f => f.LayerId == "railways" && Property(f, "status") == "under-construction");
        Assert.True(expected > 0);
        Assert.Equal(expected, await store.CountFeaturesAsync(building, CancellationToken.None));
        // Numbers match numbers, and a string that is not a stored value matches nothing.
        Assert.Equal(Snapshot.Features.Count(f => f.LayerId == "corridors" && Property(f, "gaugeMm") == "1520"),
            await store.CountFeaturesAsync(new FeatureSelection("corridors", [], [new PropertyMatch("gaugeMm", "1520")]), CancellationToken.None));
        Assert.Equal(0, await store.CountFeaturesAsync(new FeatureSelection("railways", [], [new PropertyMatch("status", "built")]), CancellationToken.None));
        var nodes = new FeatureSelection("network", [], [new PropertyMatch("featureType", "node")]);
        Assert.Equal(Snapshot.Features.Count(f => f.LayerId == "network" && f.Geometry is Point), await store.CountFeaturesAsync(nodes, CancellationToken.None));

        // The Xi'an summit was 18–19 May 2023, Astana's in June 2025.
        var may2023 = new FeatureSelection("summits", [], [], new DateWindow("startDate", "endDate", "2023-05-19", "2023-05-19"));
        Assert.Equal(["summit-2023-xian"], (await store.GetFeaturePageAsync(may2023, null, null, 10, CancellationToken.None)).Features.Select(f => f.FeatureId));
        var from2024 = new FeatureSelection("summits", [], [], new DateWindow("startDate", "endDate", "2024-01-01", null));
        Assert.Equal(["summit-2025-astana"], (await store.GetFeaturePageAsync(from2024, null, null, 10, CancellationToken.None)).Features.Select(f => f.FeatureId));
    }

    protected async Task Id_pages_name_the_features_whole_pages_hold_and_features_come_back_by_id()
    {
        var store = await SeededAsync();
        FeatureSelection[] selections =
        [
            FeatureSelection.All("network"),
            new("borders", [new Envelope(74.5, 74.6, 42.0, 42.1)], []),
            new("borders", [new Envelope(50.4, 50.6, 40.9, 41.1)], []),
            new("railways", [], [new PropertyMatch("status", "under-construction")]),
            new("summits", [], [], new DateWindow("startDate", "endDate", "2024-01-01", null)),
        ];
        foreach (var selection in selections)
        {
            string? after = null;
            FeatureIdPage ids;
            do
            {
                var whole = await store.GetFeaturePageAsync(selection, after, null, 5, CancellationToken.None);
                ids = await store.GetFeatureIdPageAsync(selection, after, null, 5, CancellationToken.None);
                Assert.Equal(whole.Features.Select(f => f.FeatureId), ids.FeatureIds);
                Assert.Equal(whole.HasMore, ids.HasMore);
                var before = await store.GetFeaturePageAsync(selection, null, after, 3, CancellationToken.None);
                var beforeIds = await store.GetFeatureIdPageAsync(selection, null, after, 3, CancellationToken.None);
                if (after is not null) Assert.Equal(before.Features.Select(f => f.FeatureId), beforeIds.FeatureIds);
                after = ids.FeatureIds.LastOrDefault();
            } while (ids.HasMore);
        }

        var wanted = Snapshot.Features.Where(f => f.LayerId == "borders").Take(3).ToList();
        var found = await store.GetFeaturesAsync("borders", [.. wanted.Select(f => f.FeatureId), "no-such-feature"],
            CancellationToken.None);
        Assert.Equal(wanted.Select(f => f.FeatureId).Order(), found.Select(f => f.FeatureId).Order());
        foreach (var feature in found)
            Assert.True(wanted.Single(f => f.FeatureId == feature.FeatureId).Geometry.EqualsExact(feature.Geometry));
        Assert.Empty(await store.GetFeaturesAsync("summits", wanted.Select(f => f.FeatureId).ToList(),
            CancellationToken.None));
    }

    private static string? Property(FeatureRecord feature, string name) =>
        System.Text.Json.Nodes.JsonNode.Parse(feature.PropertiesJson)?[name]?.ToJsonString().Trim('"');

    protected async Task Summaries_give_count_extent_dates_and_plain_properties()
    {
        var store = await SeededAsync();
        var summits = await store.SummarizeFeaturesAsync(FeatureSelection.All("summits") with { Dates = new DateWindow("startDate", "endDate", null, null) }, CancellationToken.None);
        Assert.Equal(2, summits.Count);
        Assert.Equal(("2023-05-18", "2025-06-17"), (summits.FirstDate, summits.LastDate));
        Assert.Contains("name", summits.ScalarProperties);
        Assert.DoesNotContain("outcomes", summits.ScalarProperties);
        var points = Snapshot.Features.Where(f => f.LayerId == "summits").Select(f => f.Geometry.Coordinate).ToList();
        Assert.InRange(summits.Extent!.MinX, points.Min(p => p.X) - 1e-4, points.Min(p => p.X));
        Assert.InRange(summits.Extent.MaxY, points.Max(p => p.Y), points.Max(p => p.Y) + 1e-4);

        var sections = await store.SummarizeFeaturesAsync(new FeatureSelection("network", [], [new PropertyMatch("featureType", "segment")]), CancellationToken.None);
        Assert.Equal(Snapshot.Features.Count(f => f.LayerId == "network" && f.Geometry is not Point), sections.Count);
        Assert.Null(sections.FirstDate);
        Assert.Contains("mode", sections.ScalarProperties);

        var kgz = await store.GetFeatureAsync("borders", "KGZ", CancellationToken.None);
        Assert.True(kgz!.Geometry.EqualsExact(Snapshot.Features.Single(f => f.LayerId == "borders" && f.FeatureId == "KGZ").Geometry));
        Assert.Null(await store.GetFeatureAsync("borders", "no-such-country", CancellationToken.None));
    }
}
