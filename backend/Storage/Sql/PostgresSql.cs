using Dapper;

namespace Maps.Api.Storage.Sql;

/// <summary>The SQL the PostgreSQL/PostGIS store runs, named. Values always travel as parameters.</summary>
internal static class PostgresSql
{
    /// <summary>One advisory lock key for migrations and seeding, so instances starting together take turns.</summary>
    public const long SetupLock = 0x4174_6C61_7321;

    /// <summary>
    /// Storage's migrations in order; each runs once, recorded in schema_migrations under its number. Step 1 also made
    /// the widgets table until Widgets took it over (its first step there finds the table in older databases).
    /// </summary>
    public static readonly string[] Migrations =
    [
        """
        CREATE EXTENSION IF NOT EXISTS postgis;
        CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE layers (
            id text PRIMARY KEY,
            role text NOT NULL CHECK (role IN ('overlay', 'basemap', 'network')),
            title text NOT NULL,
            geometry_type text NOT NULL,
            description text NOT NULL,
            sources_json text NOT NULL,
            sort_order integer NOT NULL);
        CREATE TABLE features (
            fid bigserial PRIMARY KEY,
            layer_id text NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
            feature_id text NOT NULL,
            properties_json text NOT NULL,
            geometry geometry(Geometry, 4326) NOT NULL,
            UNIQUE (layer_id, feature_id));
        -- GiST over the geometry: bbox queries read the index, as the R*Tree does in SQLite.
        CREATE INDEX features_geometry ON features USING gist (geometry);
        CREATE INDEX features_layer ON features (layer_id);
        CREATE TABLE trade_values (
            year integer NOT NULL,
            iso3 text NOT NULL,
            reporter text NOT NULL CHECK (reporter IN ('china', 'partner')),
            total double precision NOT NULL,
            exports double precision,
            imports double precision,
            derived boolean NOT NULL,
            note text,
            sources_json text NOT NULL,
            PRIMARY KEY (year, iso3, reporter));
        CREATE TABLE documents (key text PRIMARY KEY, json text NOT NULL);
        """,
        """
        ALTER TABLE layers ADD COLUMN licence_json text NOT NULL DEFAULT '{}';
        """,
        """
        ALTER TABLE layers ADD COLUMN texts_json text NOT NULL DEFAULT '{}';
        """,
    ];

    public static readonly MigrationLedgers MigrationLedgers = new(
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS feature_migrations (
            feature text NOT NULL, version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (feature, version));
        """,
        "INSERT INTO schema_migrations (version) VALUES (@Version)",
        "INSERT INTO feature_migrations (feature, version) VALUES (@Feature, @Version)");

    public const string Lock = "SELECT pg_advisory_xact_lock(@Key)";

    public const string DataVersion = "SELECT value FROM meta WHERE key = 'data_version'";

    public const string SetDataVersion =
        """
        INSERT INTO meta (key, value) VALUES ('data_version', @Version)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """;

    // trade_values (migration 1) is no longer written: trade is a document of the Trade feature's since seed format 3.
    // Its rows are left as they were, for an instance of an older build that still reads them during a rolling deploy.
    public const string DeleteGeodata = "DELETE FROM features; DELETE FROM layers; DELETE FROM documents;";

    public const string InsertLayer = """
        INSERT INTO layers (
            id, role, title, geometry_type, description, sources_json, sort_order, licence_json, texts_json)
        VALUES (@Id, @Role, @Title, @GeometryType, @Description, @SourcesJson, @SortOrder, @LicenceJson, @TextsJson)
        """;

    public const string InsertFeature = """
        INSERT INTO features (layer_id, feature_id, properties_json, geometry)
        VALUES (@LayerId, @FeatureId, @PropertiesJson, ST_GeomFromWKB(@Geometry, 4326))
        """;

    public const string InsertDocument = "INSERT INTO documents (key, json) VALUES (@Key, @Json)";

    public const string Layers = """
        SELECT id AS Id, role AS Role, title AS Title, geometry_type AS GeometryType,
               description AS Description, sources_json AS SourcesJson, sort_order AS SortOrder,
               licence_json AS LicenceJson, texts_json AS TextsJson
        FROM layers ORDER BY sort_order
        """;

    public const string Features = """
        SELECT feature_id AS FeatureId, properties_json AS PropertiesJson, ST_AsBinary(geometry) AS Geometry
        FROM features WHERE layer_id = @LayerId ORDER BY fid
        """;

    public const string FeaturesInBbox = """
        SELECT feature_id FROM features
        WHERE layer_id = @LayerId AND ST_Intersects(geometry, ST_MakeEnvelope(@MinX, @MinY, @MaxX, @MaxY, 4326))
        """;

    public const string Document = "SELECT json FROM documents WHERE key = @Key";

    public const string Feature = """
        SELECT feature_id AS FeatureId, properties_json AS PropertiesJson, ST_AsBinary(geometry) AS Geometry
        FROM features WHERE layer_id = @LayerId AND feature_id = @FeatureId
        """;

    public const string FeaturesById = """
        SELECT feature_id AS FeatureId, properties_json AS PropertiesJson, ST_AsBinary(geometry) AS Geometry
        FROM features WHERE layer_id = @LayerId AND feature_id = ANY(@FeatureIds)
        """;

    private const string PageColumns =
        "f.feature_id AS FeatureId, f.properties_json AS PropertiesJson, ST_AsBinary(f.geometry) AS Geometry";

    /// <summary>
    /// A page of a selection in feature-id order, after (or before) the key, which is only written when there is one;
    /// the planner picks the index ((layer_id, feature_id), or GiST for a small box).
    /// </summary>
    public static string FeaturePage(
        FeatureSelection selection, DynamicParameters parameters, bool hasKey, bool backwards, bool idsOnly = false)
        => $"""
        SELECT {(idsOnly ? "f.feature_id" : PageColumns)}
        FROM features f WHERE {PostgresFilter.Where(selection, parameters)}
          {(hasKey ? $"AND f.feature_id {(backwards ? "<" : ">")} @Key" : "")}
        ORDER BY f.feature_id {(backwards ? "DESC" : "ASC")} LIMIT @Limit
        """;

    public static string CountFeatures(FeatureSelection selection, DynamicParameters parameters) =>
        $"SELECT count(*) FROM features f WHERE {PostgresFilter.Where(selection, parameters)}";

    /// <summary>Count, extent and date range of a selection, bbox ignored.</summary>
    public static string SummarizeFeatures(FeatureSelection selection, DynamicParameters parameters) => $"""
        SELECT count(*) AS Count, ST_XMin(ST_Extent(f.geometry)) AS MinX, ST_XMax(ST_Extent(f.geometry)) AS MaxX,
               ST_YMin(ST_Extent(f.geometry)) AS MinY, ST_YMax(ST_Extent(f.geometry)) AS MaxY,
               min(f.properties_json::jsonb ->> CAST(@StartName AS text)) AS FirstDate,
               max(coalesce(f.properties_json::jsonb ->> CAST(@EndName AS text),
                            f.properties_json::jsonb ->> CAST(@StartName AS text))) AS LastDate
        FROM features f WHERE {PostgresFilter.Where(selection with { Bbox = [], Dates = null }, parameters)}
        """;

    public static string ScalarProperties(FeatureSelection selection, DynamicParameters parameters) => $"""
        SELECT DISTINCT e.key FROM features f CROSS JOIN LATERAL jsonb_each(f.properties_json::jsonb) e
        WHERE {PostgresFilter.Where(selection with { Bbox = [], Dates = null }, parameters)}
          AND jsonb_typeof(e.value) IN ('string', 'number', 'boolean')
        ORDER BY e.key
        """;
}
