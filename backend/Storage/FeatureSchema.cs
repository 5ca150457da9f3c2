namespace Maps.Api.Storage;

/// <summary>
/// Tables a feature keeps in the store's database beside Storage's own: its DDL steps in order, for each store. Each
/// step runs once, recorded in feature_migrations under the feature's name and the step's number, so a feature numbers
/// its steps without knowing anyone else's. Features register theirs (AddWidgets), so Storage names none of them.
/// </summary>
public sealed record FeatureSchema(string Feature, IReadOnlyList<string> Sqlite, IReadOnlyList<string> Postgres)
{
    /// <summary>The steps for a store of this <see cref="IAtlasStore.Kind"/>.</summary>
    public IReadOnlyList<string> StepsFor(string storeKind) => storeKind switch
    {
        "sqlite" => Sqlite,
        "postgresql" => Postgres,
        _ => throw new NotSupportedException($"No {Feature} schema for a {storeKind} store"),
    };
}

public static class FeatureSchemas
{
    /// <summary>
    /// Registers a feature's schema; the store setup migrates every one registered, after Storage's own.
    /// </summary>
    public static IServiceCollection AddFeatureSchema(this IServiceCollection services, FeatureSchema schema) =>
        services.AddSingleton(schema);
}
