using Npgsql;

namespace Maps.Api.Tests.Storage;

/// <summary>
/// The throwaway PostgreSQL + PostGIS server that npm test starts (scripts/postgres.mjs) and names in one variable.
/// Each test gets a database of its own, made from a template that already has PostGIS, and dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "ATLAS_TEST_POSTGRES";
    public const string Template = "atlas_template";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable);

    public static string CreateDatabase()
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set");
        var name = $"atlas_test_{Guid.NewGuid():N}";
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {Template}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test that needs the PostgreSQL server: skipped, saying why, when the test command did not start one.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.AdminConnectionString is null)
            Skip = $"No PostgreSQL server: run npm test, which starts one and sets {PostgresServer.EnvironmentVariable}.";
    }
}
