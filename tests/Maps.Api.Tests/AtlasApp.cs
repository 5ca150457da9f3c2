using Maps.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Maps.Api.Tests;

/// <summary>
/// The real app over real HTTP (in memory), with a fresh SQLite file of its own: every test that creates one
/// starts from the seeded geodata and nothing another test wrote.
/// </summary>
public sealed class AtlasApp(string? databasePath = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>A new file unless given one: a second app on the same file is a restart.</summary>
    public string DatabasePath { get; } = databasePath ?? Path.Combine(Path.GetTempPath(), $"atlas-test-{Guid.NewGuid():N}.db");

    private readonly bool ownsDatabase = databasePath is null;

    public string ConnectionString => $"Data Source={DatabasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{StoreSetup.ConnectionStringName}", ConnectionString);
        builder.UseSetting("Atlas:WarmUp", "false");
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!ownsDatabase) return;
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(DatabasePath + suffix);
    }
}
