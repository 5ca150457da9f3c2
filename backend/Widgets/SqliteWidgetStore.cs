using Dapper;
using Maps.Api.Storage;

namespace Maps.Api.Widgets;

/// <summary>
/// Widgets in the SQLite file: its connections sync every commit (see <see cref="SqliteStore.OpenAsync"/>).
/// </summary>
internal sealed class SqliteWidgetStore(SqliteStore store) : IWidgetStore
{
    /// <summary>
    /// The widgets table, step by step. IF NOT EXISTS: files made before Widgets owned it already have it (Storage's
    /// step 3 made it), rows and all.
    /// </summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        "CREATE TABLE IF NOT EXISTS widgets (id TEXT PRIMARY KEY, config_json TEXT NOT NULL, created_at TEXT NOT NULL)",
    ];

    private const string Insert =
        """
        INSERT INTO widgets (id, config_json, created_at)
        VALUES (@Id, @ConfigJson, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        """;

    private const string Select = "SELECT config_json FROM widgets WHERE id = @Id";

    public async Task SaveAsync(string id, string configJson, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await connection.ExecuteAsync(
            new CommandDefinition(Insert, new { Id = id, ConfigJson = configJson }, cancellationToken: ct));
    }

    public async Task<string?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(
            new CommandDefinition(Select, new { Id = id }, cancellationToken: ct));
    }
}
