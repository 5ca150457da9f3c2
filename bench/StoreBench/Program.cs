using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Maps.Api.Storage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using Npgsql;

// Store scale benchmark: fills a store with N synthetic points and times bbox queries that return about 100 of them,
// and pages of 100 features read at random depths in id order (what OGC API – Features items paging asks the store).
// Usage: StoreBench <sqlite|postgresql> <connection string> <n>[,<n>…]  — prints one JSON line per size.

var (kind, connectionString, sizes) = (args[0], args[1], args[2].Split(',').Select(int.Parse).ToArray());
var region = new Envelope(40, 120, 20, 60);
const int Queries = 400;
const int TargetHits = 100;

IAtlasStore store = kind == "sqlite" ? new SqliteStore(connectionString) : new PostgresStore(connectionString);
// Storage's own tables only: the app, started on this store later, adds the tables its features register.
await store.MigrateAsync([], CancellationToken.None);
var inserted = 0;
foreach (var n in sizes.Order())
{
    var fill = Stopwatch.StartNew();
    await (kind == "sqlite" ? FillSqlite(inserted, n) : FillPostgres(inserted, n));
    inserted = n;
    fill.Stop();

    // A square whose area holds TargetHits points on average at this density.
    var side = Math.Sqrt(region.Area * TargetHits / n);
    var random = new Random(7);
    var times = new List<double>();
    var hits = new List<int>();
    for (var i = 0; i < Queries; i++)
    {
        var x = region.MinX + random.NextDouble() * (region.Width - side);
        var y = region.MinY + random.NextDouble() * (region.Height - side);
        var watch = Stopwatch.StartNew();
        var ids = await store.FindFeatureIdsAsync("synthetic", new Envelope(x, x + side, y, y + side), CancellationToken.None);
        watch.Stop();
        if (i >= 20) times.Add(watch.Elapsed.TotalMilliseconds); // the first queries warm connections and caches
        hits.Add(ids.Count);
    }
    times.Sort();

    var pages = new List<double>();
    for (var i = 0; i < Queries; i++)
    {
        var watch = Stopwatch.StartNew();
        var page = await store.GetFeaturePageAsync(FeatureSelection.All("synthetic"), $"p{random.Next(n)}", null, 100, CancellationToken.None);
        watch.Stop();
        if (page.Features.Count == 0) throw new InvalidOperationException("a page at a random depth came back empty");
        if (i >= 20) pages.Add(watch.Elapsed.TotalMilliseconds);
    }
    pages.Sort();
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        store = kind, n, fillSeconds = Math.Round(fill.Elapsed.TotalSeconds, 1), queries = times.Count,
        meanHits = Math.Round(hits.Average(), 1), p50Ms = Math.Round(times[times.Count / 2], 3), p99Ms = Math.Round(times[(int)(times.Count * 0.99)], 3),
        pageP50Ms = Math.Round(pages[pages.Count / 2], 3), pageP99Ms = Math.Round(pages[(int)(pages.Count * 0.99)], 3),
    }));
}

// The synthetic layer, an overlay like the real ones, so the app serves it as an OGC collection too.
const string InsertLayer = """
    INSERT INTO layers (id, role, title, geometry_type, description, sources_json, sort_order, licence_json)
    VALUES ('synthetic', 'overlay', 'Synthetic points', 'Point', 'Benchmark points, not data', '[]', 99,
            '{"title":"CC BY 4.0","url":"https://creativecommons.org/licenses/by/4.0/","attribution":"benchmark"}')
    ON CONFLICT DO NOTHING
    """;

// Synthetic points, the same for both stores: a seeded generator spread over Central Asia and China.
IEnumerable<(string Id, double X, double Y)> Points(int from, int to)
{
    var random = new Random(from + 1);
    for (var i = from; i < to; i++) yield return ($"p{i}", region.MinX + random.NextDouble() * region.Width, region.MinY + random.NextDouble() * region.Height);
}

async Task FillSqlite(int from, int to)
{
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    await connection.ExecuteAsync(InsertLayer);
    await using var transaction = connection.BeginTransaction();
    var feature = connection.CreateCommand();
    feature.Transaction = transaction;
    feature.CommandText = "INSERT INTO features (layer_id, feature_id, properties_json, geometry) VALUES ('synthetic', $id, '{}', $g) RETURNING fid";
    var id = feature.Parameters.Add("$id", SqliteType.Text);
    var geometry = feature.Parameters.Add("$g", SqliteType.Blob);
    var envelope = connection.CreateCommand();
    envelope.Transaction = transaction;
    envelope.CommandText = "INSERT INTO features_rtree VALUES ($fid, $x, $x, $y, $y)";
    var fid = envelope.Parameters.Add("$fid", SqliteType.Integer);
    var px = envelope.Parameters.Add("$x", SqliteType.Real);
    var py = envelope.Parameters.Add("$y", SqliteType.Real);
    var writer = new NetTopologySuite.IO.WKBWriter();
    foreach (var (pid, x, y) in Points(from, to))
    {
        id.Value = pid;
        geometry.Value = writer.Write(new Point(x, y));
        fid.Value = (long)(await feature.ExecuteScalarAsync())!;
        px.Value = x;
        py.Value = y;
        await envelope.ExecuteNonQueryAsync();
    }
    await transaction.CommitAsync();
}

async Task FillPostgres(int from, int to)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await connection.ExecuteAsync(InsertLayer);
    await using (var copy = await connection.BeginTextImportAsync("COPY features (layer_id, feature_id, properties_json, geometry) FROM STDIN"))
        foreach (var (pid, x, y) in Points(from, to))
            await copy.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"synthetic\t{pid}\t{{}}\tSRID=4326;POINT({x} {y})"));
    await connection.ExecuteAsync("ANALYZE features");
}
