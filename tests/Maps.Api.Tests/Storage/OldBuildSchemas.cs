namespace Maps.Api.Tests.Storage;

/// <summary>
/// The schema as builds before feature schemas made it (backend/Storage/Sql at commit f201c31), copied verbatim: the
/// migrations then, each recorded in schema_migrations under its number, the widgets table among Storage's own.
/// Databases in the wild hold exactly this; the upgrade test starts from it.
/// </summary>
internal static class OldBuildSchemas
{
    public static readonly string[] Sqlite =
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
        """
        ALTER TABLE layers ADD COLUMN licence_json TEXT NOT NULL DEFAULT '{}';
        """,
        """
        ALTER TABLE layers ADD COLUMN texts_json TEXT NOT NULL DEFAULT '{}';
        """,
    ];

    public const string SqliteLedger =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";

    public const string SqliteRecord =
        "INSERT INTO schema_migrations (version, applied_at) VALUES (@Version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

    public static readonly string[] Postgres =
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
        CREATE TABLE widgets (id text PRIMARY KEY, config_json text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
        """,
        """
        ALTER TABLE layers ADD COLUMN licence_json text NOT NULL DEFAULT '{}';
        """,
        """
        ALTER TABLE layers ADD COLUMN texts_json text NOT NULL DEFAULT '{}';
        """,
    ];

    public const string PostgresLedger =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())";

    public const string PostgresRecord = "INSERT INTO schema_migrations (version) VALUES (@Version)";
}
