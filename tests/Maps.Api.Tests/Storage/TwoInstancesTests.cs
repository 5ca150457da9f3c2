using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Maps.Api.Tests.Storage;

/// <summary>Two app instances over one PostgreSQL, as behind a reverse proxy: what one writes, the other reads.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private string? connectionString;

    public Task InitializeAsync()
    {
        if (PostgresServer.AdminConnectionString is not null) connectionString = PostgresServer.CreateDatabase();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        if (connectionString is not null) PostgresServer.DropDatabase(connectionString);
        return Task.CompletedTask;
    }

    [PostgresFact]
    public async Task A_widget_written_through_one_instance_is_read_through_the_other_and_nothing_is_seeded_twice()
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Atlas"] = connectionString! };
        using var first = new AtlasApp(settings: settings);
        using var second = new AtlasApp(settings: settings);
        // Both start together: migration and seeding take turns under the advisory lock.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        using var created = await clients[0].PostAsJsonAsync("/api/widgets",
            new { title = "Shared", caption = "", layers = new[] { "hubs" }, year = (int?)null, center = new[] { 44.0, 80.0 }, zoom = 6, basemap = "offline" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var read = JsonDocument.Parse(await clients[1].GetStringAsync($"/api/widgets/{id}")).RootElement;
        Assert.Equal("Shared", read.GetProperty("title").GetString());

        var health = JsonDocument.Parse(await clients[1].GetStringAsync("/healthz")).RootElement;
        Assert.Equal("postgresql", health.GetProperty("store").GetString());
        var hubs = JsonDocument.Parse(await clients[1].GetStringAsync("/api/layers/hubs?bbox=79,43,84,46")).RootElement;
        Assert.Equal(4, hubs.GetProperty("features").GetArrayLength());

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM features WHERE layer_id = 'hubs'", connection);
        Assert.Equal(11L, (long)(await count.ExecuteScalarAsync())!);
    }
}
