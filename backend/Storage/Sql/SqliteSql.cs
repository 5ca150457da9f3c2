namespace Maps.Api.Storage.Sql;

/// <summary>The SQL the SQLite store runs, named. Values always travel as parameters.</summary>
internal static class SqliteSql
{
    /// <summary>Migrations in order; each runs once, recorded in schema_migrations.</summary>
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
        """
        CREATE TABLE widgets (id TEXT PRIMARY KEY, config_json TEXT NOT NULL, created_at TEXT NOT NULL);
        """,
    ];

    public const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";

    public const string AppliedMigrations = "SELECT version FROM schema_migrations";

    public const string RecordMigration =
        "INSERT INTO schema_migrations (version, applied_at) VALUES (@Version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

    public const string DataVersion = "SELECT value FROM meta WHERE key = 'data_version'";

    public const string SetDataVersion =
        "INSERT INTO meta (key, value) VALUES ('data_version', @Version) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    public const string DeleteGeodata =
        "DELETE FROM features_rtree; DELETE FROM features; DELETE FROM layers; DELETE FROM trade_values; DELETE FROM documents;";

    public const string InsertTrade = """
        INSERT INTO trade_values (year, iso3, reporter, total, exports, imports, derived, note, sources_json)
        VALUES (@Year, @Iso3, @Reporter, @Total, @Exports, @Imports, @Derived, @Note, @SourcesJson)
        """;

    public const string InsertDocument = "INSERT INTO documents (key, json) VALUES (@Key, @Json)";

    public const string Trade = """
        SELECT year AS Year, iso3 AS Iso3, reporter AS Reporter, total AS Total, exports AS Exports, imports AS Imports,
               derived AS Derived, note AS Note, sources_json AS SourcesJson
        FROM trade_values ORDER BY iso3, reporter, year
        """;

    public const string Document = "SELECT json FROM documents WHERE key = @Key";

    public const string InsertWidget =
        "INSERT INTO widgets (id, config_json, created_at) VALUES (@Id, @ConfigJson, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

    public const string Widget = "SELECT config_json FROM widgets WHERE id = @Id";

    public const string InsertLayer = """
        INSERT INTO layers (id, role, title, geometry_type, description, sources_json, sort_order)
        VALUES (@Id, @Role, @Title, @GeometryType, @Description, @SourcesJson, @SortOrder)
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
               description AS Description, sources_json AS SourcesJson, sort_order AS SortOrder
        FROM layers ORDER BY sort_order
        """;

    public const string Features = """
        SELECT feature_id AS FeatureId, properties_json AS PropertiesJson, geometry AS Geometry
        FROM features WHERE layer_id = @LayerId ORDER BY fid
        """;

    /// <summary>CROSS JOIN keeps SQLite from driving the join by layer: the R*Tree picks the rows, the key fetches them.</summary>
    public const string FeaturesInBbox = """
        SELECT f.feature_id AS FeatureId, f.geometry AS Geometry
        FROM features_rtree r CROSS JOIN features f ON f.fid = r.fid
        WHERE r.min_x <= @MaxX AND r.max_x >= @MinX AND r.min_y <= @MaxY AND r.max_y >= @MinY
          AND f.layer_id = @LayerId
        """;
}
