using Dapper;

namespace Maps.Api.Storage.Sql;

/// <summary>The SQL the SQLite store runs, named. Values always travel as parameters.</summary>
internal static class SqliteSql
{
    /// <summary>
    /// Storage's migrations in order; each runs once, recorded in schema_migrations under its number. Step 3 made the
    /// widgets table, which Widgets now owns (its first step there, which finds the table made here in older files).
    /// </summary>
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE layers (
            id TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('overlay', 'basemap', 'network')),
            title TEXT NOT NULL,
            geometry_type TEXT NOT NULL,
            description TEXT NOT NULL,
            sources_json TEXT NOT NULL,
            sort_order INTEGER NOT NULL);
        CREATE TABLE features (
            fid INTEGER PRIMARY KEY,
            layer_id TEXT NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
            feature_id TEXT NOT NULL,
            properties_json TEXT NOT NULL,
            geometry BLOB NOT NULL,
            UNIQUE (layer_id, feature_id));
        -- R*Tree over feature envelopes: bbox queries read the index, not the table.
        CREATE VIRTUAL TABLE features_rtree USING rtree(fid, min_x, max_x, min_y, max_y);
        """,
        """
        CREATE TABLE trade_values (
            year INTEGER NOT NULL,
            iso3 TEXT NOT NULL,
            reporter TEXT NOT NULL CHECK (reporter IN ('china', 'partner')),
            total REAL NOT NULL,
            exports REAL,
            imports REAL,
            derived INTEGER NOT NULL,
            note TEXT,
            sources_json TEXT NOT NULL,
            PRIMARY KEY (year, iso3, reporter));
        CREATE TABLE documents (key TEXT PRIMARY KEY, json TEXT NOT NULL);
        """,
        "",
        """
        ALTER TABLE layers ADD COLUMN licence_json TEXT NOT NULL DEFAULT '{}';
        """,
        """
        ALTER TABLE layers ADD COLUMN texts_json TEXT NOT NULL DEFAULT '{}';
        """,
    ];

    public static readonly MigrationLedgers MigrationLedgers = new(
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS feature_migrations (
            feature TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (feature, version));
        """,
        "INSERT INTO schema_migrations (version, applied_at) VALUES (@Version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
        """
        INSERT INTO feature_migrations (feature, version, applied_at)
        VALUES (@Feature, @Version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        """);

    public const string DataVersion = "SELECT value FROM meta WHERE key = 'data_version'";

    public const string SetDataVersion =
        """
        INSERT INTO meta (key, value) VALUES ('data_version', @Version)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """;

    // trade_values (migration 1) is no longer written: trade is a document of the Trade feature's since seed format 3.
    // Its rows are left as they were, for an instance of an older build that still reads them during a rolling deploy.
    public const string DeleteGeodata =
        "DELETE FROM features_rtree; DELETE FROM features; DELETE FROM layers; DELETE FROM documents;";

    public const string InsertDocument = "INSERT INTO documents (key, json) VALUES (@Key, @Json)";

    public const string Document = "SELECT json FROM documents WHERE key = @Key";

    public const string InsertLayer = """
        INSERT INTO layers (
            id, role, title, geometry_type, description, sources_json, sort_order, licence_json, texts_json)
        VALUES (@Id, @Role, @Title, @GeometryType, @Description, @SourcesJson, @SortOrder, @LicenceJson, @TextsJson)
        """;

    public const string InsertFeature = """
        INSERT INTO features (layer_id, feature_id, properties_json, geometry)
        VALUES (@LayerId, @FeatureId, @PropertiesJson, @Geometry)
        RETURNING fid
        """;

    public const string InsertEnvelope =
        "INSERT INTO features_rtree (fid, min_x, max_x, min_y, max_y) VALUES (@Fid, @MinX, @MaxX, @MinY, @MaxY)";

    public const string Layers = """
        SELECT id AS Id, role AS Role, title AS Title, geometry_type AS GeometryType,
               description AS Description, sources_json AS SourcesJson, sort_order AS SortOrder,
               licence_json AS LicenceJson, texts_json AS TextsJson
        FROM layers ORDER BY sort_order
        """;

    public const string Features = """
        SELECT feature_id AS FeatureId, properties_json AS PropertiesJson, geometry AS Geometry
        FROM features WHERE layer_id = @LayerId ORDER BY fid
        """;

    /// <summary>
    /// CROSS JOIN keeps SQLite from driving the join by layer: the R*Tree picks the rows, the key fetches them.
    /// </summary>
    public const string FeaturesInBbox = """
        SELECT f.feature_id AS FeatureId, f.geometry AS Geometry
        FROM features_rtree r CROSS JOIN features f ON f.fid = r.fid
        WHERE r.min_x <= @MaxX AND r.max_x >= @MinX AND r.min_y <= @MaxY AND r.max_y >= @MinY
          AND f.layer_id = @LayerId
        """;

    public const string Feature = """
        SELECT feature_id AS FeatureId, properties_json AS PropertiesJson, geometry AS Geometry
        FROM features WHERE layer_id = @LayerId AND feature_id = @FeatureId
        """;

    /// <summary>Features by id; Dapper writes one parameter per id.</summary>
    public const string FeaturesById = """
        SELECT feature_id AS FeatureId, properties_json AS PropertiesJson, geometry AS Geometry
        FROM features WHERE layer_id = @LayerId AND feature_id IN @FeatureIds
        """;

    private const string PageColumns =
        "f.feature_id AS FeatureId, f.properties_json AS PropertiesJson, f.geometry AS Geometry";

    /// <summary>
    /// A page of a selection in feature-id order, read along the (layer_id, feature_id) index from the key on (the
    /// condition on the key is only written when there is one: "@Key IS NULL OR …" would cost the index range); with
    /// boxes, the R*Tree picks the candidates first (their envelopes; the exact test is the caller's).
    /// </summary>
    public static string FeaturePage(
        FeatureSelection selection, DynamicParameters parameters, bool hasKey, bool backwards, bool idsOnly = false)
        => $"""
        SELECT {(idsOnly ? "f.feature_id" : PageColumns)}
        {From(selection, parameters)}
          {(hasKey ? $"AND f.feature_id {(backwards ? "<" : ">")} @Key" : "")}
        ORDER BY f.feature_id {(backwards ? "DESC" : "ASC")} LIMIT @Limit
        """;

    public static string CountFeatures(FeatureSelection selection, DynamicParameters parameters) =>
        $"SELECT count(*) {From(selection, parameters)}";

    /// <summary>
    /// Bbox candidates for a count: a feature whose envelope lies inside a box needs no exact test, so only the
    /// others bring their geometry.
    /// </summary>
    public static string CountCandidates(FeatureSelection selection, DynamicParameters parameters) => $"""
        SELECT CASE WHEN {string.Join(" OR ", selection.Bbox.Select((_, i) =>
            $"(r.min_x >= @MinX{i} AND r.max_x <= @MaxX{i} AND r.min_y >= @MinY{i} AND r.max_y <= @MaxY{i})"))}
            THEN NULL ELSE f.geometry END AS Geometry
        {From(selection, parameters)}
        """;

    /// <summary>
    /// Count, R*Tree extent (32-bit floats rounded outwards) and date range of a selection, bbox ignored.
    /// </summary>
    public static string SummarizeFeatures(FeatureSelection selection, DynamicParameters parameters) => $"""
        SELECT count(*) AS Count,
               min(r.min_x) AS MinX, max(r.max_x) AS MaxX, min(r.min_y) AS MinY, max(r.max_y) AS MaxY,
               min(json_extract(f.properties_json, @StartPath)) AS FirstDate,
               max(coalesce(json_extract(f.properties_json, @EndPath), json_extract(f.properties_json, @StartPath)))
                   AS LastDate
        FROM features f JOIN features_rtree r ON r.fid = f.fid
        WHERE {SqliteFilter.Where(selection with { Bbox = [], Dates = null }, parameters)}
        """;

    public static string ScalarProperties(FeatureSelection selection, DynamicParameters parameters) => $"""
        SELECT DISTINCT j.key FROM features f, json_each(f.properties_json) j
        WHERE {SqliteFilter.Where(selection with { Bbox = [], Dates = null }, parameters)}
          AND j.type IN ('text', 'integer', 'real', 'true', 'false')
        ORDER BY j.key
        """;

    /// <summary>CROSS JOIN keeps SQLite from driving a bbox query by layer: the R*Tree picks the rows.</summary>
    private static string From(FeatureSelection selection, DynamicParameters parameters) => selection.Bbox.Count == 0
        ? $"FROM features f WHERE {SqliteFilter.Where(selection, parameters)}"
        : "FROM features_rtree r CROSS JOIN features f ON f.fid = r.fid " +
            $"WHERE {SqliteFilter.Where(selection, parameters)}";

    /// <summary>SQLite's JSON path for one top-level key, quoted so that any name is a name.</summary>
    public static string JsonPath(string name) => $"$.\"{name.Replace("\"", "\\\"")}\"";
}
