using Microsoft.Data.Sqlite;

namespace Maps.Api.Storage;

/// <summary>Chooses the store from ConnectionStrings:Atlas, and seeds it from geodata/ at start-up.</summary>
public static class StoreSetup
{
    /// <summary>The one name of the connection string, in configuration and tests alike.</summary>
    public const string ConnectionStringName = "Atlas";

    public static bool IsPostgres(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddAtlasStore(
        this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddSingleton<DataVersionWatch>();
        services.AddHostedService<DataVersionPolling>();
        var connectionString = config.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var path = config["Atlas:SqlitePath"] ?? Path.Combine(env.ContentRootPath, "..", ".data", "atlas.db");
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path) }.ToString();
        }
        if (IsPostgres(connectionString))
            return services.AddSingleton<IAtlasStore>(new PostgresStore(connectionString));

        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        return services.AddSingleton<IAtlasStore>(new SqliteStore(connectionString));
    }

    /// <summary>geodata/ ships beside the app binary; Atlas:GeodataPath points elsewhere.</summary>
    public static string GeodataPath(IConfiguration config) =>
        config["Atlas:GeodataPath"] ?? Path.Combine(AppContext.BaseDirectory, "geodata");

    /// <summary>
    /// Migrates, then seeds unless the store already holds this version of geodata/ or a newer release of it (an old
    /// instance in a rolling deploy leaves the new data alone and serves it); notes the version it serves.
    /// </summary>
    public static async Task PrepareAtlasStoreAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IAtlasStore>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Maps.Api.Storage");
        await store.MigrateAsync(app.Services.GetServices<FeatureSchema>(), app.Lifetime.ApplicationStopping);
        var snapshot = Geodata.Load(GeodataPath(app.Configuration), app.Services.GetServices<GeodataDocument>());
        switch (await store.SeedAsync(snapshot, app.Lifetime.ApplicationStopping))
        {
            case SeedOutcome.Seeded:
                log.LogInformation(
                    "Seeded the {Store} store with geodata version {Version}: {Layers} layers, {Features} features",
                    store.Kind, snapshot.Version, snapshot.Layers.Count, snapshot.Features.Count);
                break;
            case SeedOutcome.Current:
                log.LogInformation("{Store} store holds geodata version {Version}", store.Kind, snapshot.Version);
                break;
            case SeedOutcome.StoreIsNewer:
                log.LogWarning("The {Store} store holds a newer release of the data than this instance's geodata " +
                    "{Version}: left in place, and served", store.Kind, snapshot.Version);
                break;
            case SeedOutcome.SameReleaseDiffers:
                log.LogWarning("The shared {Store} store holds other data of the same release as this instance's " +
                    "geodata {Version}: left in place, and served. Raise \"release\" in geodata/layers.json " +
                    "to deploy a change",
                    store.Kind, snapshot.Version);
                break;
        }
        var stored = await store.GetDataVersionAsync(app.Lifetime.ApplicationStopping);
        app.Services.GetRequiredService<DataVersionWatch>().Observe(stored);
    }
}
