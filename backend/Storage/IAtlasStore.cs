using NetTopologySuite.Geometries;

namespace Maps.Api.Storage;

/// <summary>
/// What the app keeps: layers, features and their geometry, and whole documents, seeded from geodata/. One interface
/// because two real stores stand behind it: the embedded SQLite file (the default) and PostgreSQL with PostGIS (several
/// app instances). Features keep what else they need behind their own interfaces, on the connections these stores lend
/// (saved widgets: Widgets/IWidgetStore).
/// </summary>
public interface IAtlasStore
{
    /// <summary>"sqlite" or "postgresql", for health checks and logs.</summary>
    string Kind { get; }

    /// <summary>
    /// Applies the schema migrations this store has not seen yet, its own and then the features' in the order given;
    /// safe to run at every start.
    /// </summary>
    Task MigrateAsync(IEnumerable<FeatureSchema> features, CancellationToken ct);

    /// <summary>The version of geodata/ the store holds, or null before the first seeding.</summary>
    Task<string?> GetDataVersionAsync(CancellationToken ct);

    /// <summary>
    /// Replaces what was seeded from geodata/ (layers, features, documents; never widgets) in one transaction,
    /// unless the store already holds this version (instances starting together seed once) or a newer release of the
    /// data (seeding only moves forward: see <see cref="DataVersion.Decide"/>). The decision and the write are made
    /// under one lock, so two instances cannot both decide on what the other is about to replace.
    /// </summary>
    Task<SeedOutcome> SeedAsync(GeodataSnapshot snapshot, CancellationToken ct);

    Task<IReadOnlyList<LayerRecord>> GetLayersAsync(CancellationToken ct);

    Task<IReadOnlyList<FeatureRecord>> GetFeaturesAsync(string layerId, CancellationToken ct);

    /// <summary>
    /// Ids of the layer's features whose geometry intersects the envelope, answered from a spatial index.
    /// </summary>
    Task<IReadOnlyList<string>> FindFeatureIdsAsync(string layerId, Envelope bbox, CancellationToken ct);

    /// <summary>One feature by its id, or null.</summary>
    Task<FeatureRecord?> GetFeatureAsync(string layerId, string featureId, CancellationToken ct);

    /// <summary>
    /// Up to <paramref name="limit"/> selected features in feature-id order: those after <paramref name="after"/>, or,
    /// given <paramref name="before"/>, the last ones before it. Geometry tests are exact, not by envelope.
    /// </summary>
    Task<FeaturePage> GetFeaturePageAsync(
        FeatureSelection selection, string? after, string? before, int limit, CancellationToken ct);

    /// <summary>
    /// The ids of the page <see cref="GetFeaturePageAsync"/> would return, for a caller that holds the features' bytes
    /// already: without a box, no geometry is read.
    /// </summary>
    Task<FeatureIdPage> GetFeatureIdPageAsync(
        FeatureSelection selection, string? after, string? before, int limit, CancellationToken ct);

    /// <summary>Those of the layer's features with these ids that exist, in no particular order.</summary>
    Task<IReadOnlyList<FeatureRecord>> GetFeaturesAsync(
        string layerId, IReadOnlyList<string> featureIds, CancellationToken ct);

    /// <summary>How many features the selection holds, tested exactly like a page.</summary>
    Task<long> CountFeaturesAsync(FeatureSelection selection, CancellationToken ct);

    /// <summary>Count, extent, date range and plain-valued properties of a selection (its bbox is ignored).</summary>
    Task<FeatureSummary> SummarizeFeaturesAsync(FeatureSelection selection, CancellationToken ct);

    /// <summary>A JSON document a feature registered for seeding (<see cref="GeodataDocument"/>), or null.</summary>
    Task<string?> GetDocumentAsync(string key, CancellationToken ct);

    Task<bool> PingAsync(CancellationToken ct);
}

/// <summary>
/// A layer as geodata/layers.json describes it. Role is "overlay", "basemap" or "network" (routes only).
/// LicenceJson is { "title", "url", "attribution" }: the terms under which the layer may be reused. TextsJson is
/// { "title": { en, ru, zh }, "description": { … } }: Title and Description in each language the catalogue gives.
/// </summary>
public sealed record LayerRecord(
    string Id, string Role, string Title, string GeometryType, string Description, string SourcesJson, int SortOrder,
    string LicenceJson, string TextsJson = "{}");

/// <summary>
/// One feature: properties as a JSON object (sources already resolved to title and url), geometry in WGS84.
/// </summary>
public sealed record FeatureRecord(string LayerId, string FeatureId, string PropertiesJson, Geometry Geometry);

public sealed record GeodataSnapshot(
    string Version,
    IReadOnlyList<LayerRecord> Layers,
    IReadOnlyList<FeatureRecord> Features,
    IReadOnlyDictionary<string, string> Documents);
