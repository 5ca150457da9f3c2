using Dapper;
using Maps.Api.Storage;

namespace Maps.Api.Widgets;

/// <summary>
/// Widgets in PostgreSQL, shared by every instance: a write is tried once, a read again after a blip.
/// </summary>
internal sealed class PostgresWidgetStore(PostgresStore store) : IWidgetStore
{
    /// <summary>
    /// The widgets table, step by step. IF NOT EXISTS: databases made before Widgets owned it already have it
    /// (Storage's step 1 made it), rows and all.
    /// </summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS widgets (
            id text PRIMARY KEY, config_json text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())
        """,
    ];

    private const string Insert = "INSERT INTO widgets (id, config_json) VALUES (@Id, @ConfigJson)";

    private const string Select = "SELECT config_json FROM widgets WHERE id = @Id";

    public Task SaveAsync(string id, string configJson, CancellationToken ct) =>
        store.WriteOnceAsync(c => c.ExecuteAsync(
            new CommandDefinition(Insert, new { Id = id, ConfigJson = configJson }, cancellationToken: ct)), ct);

    public Task<string?> GetAsync(string id, CancellationToken ct) =>
        store.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(
            new CommandDefinition(Select, new { Id = id }, cancellationToken: ct)), ct);
}
