using Maps.Api.Storage;

namespace Maps.Api.Widgets;

/// <summary>
/// Saved widgets, the one thing readers write: in the same database as the seeded data, which seeding never touches.
/// Implemented for each store on the connections it lends.
/// </summary>
public interface IWidgetStore
{
    /// <summary>
    /// Stores a widget's configuration durably: once this returns, a crash or restart does not lose it.
    /// </summary>
    Task SaveAsync(string id, string configJson, CancellationToken ct);

    Task<string?> GetAsync(string id, CancellationToken ct);
}

public static class WidgetStores
{
    /// <summary>The widgets table in either store, migrated after Storage's own tables.</summary>
    public static readonly FeatureSchema Schema =
        new("widgets", SqliteWidgetStore.Migrations, PostgresWidgetStore.Migrations);

    /// <summary>The widget store that lives in the same database as <paramref name="store"/>.</summary>
    public static IWidgetStore For(IAtlasStore store) => store switch
    {
        SqliteStore sqlite => new SqliteWidgetStore(sqlite),
        PostgresStore postgres => new PostgresWidgetStore(postgres),
        _ => throw new NotSupportedException($"No widget store for a {store.Kind} store"),
    };

    public static IServiceCollection AddWidgets(this IServiceCollection services) =>
        services.AddFeatureSchema(Schema).AddSingleton(provider => For(provider.GetRequiredService<IAtlasStore>()));
}
