using System.Net;
using System.Text.Json;
using Maps.Api.Hosting;

namespace Maps.Api.Tests.Hosting;

public sealed class HealthTests : IDisposable
{
    private readonly AtlasApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Ready_names_the_store_and_the_data_version_it_serves()
    {
        var client = app.CreateClient();
        foreach (var path in new[] { "/healthz/ready", "/healthz" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("sqlite", body.GetProperty("store").GetString());
            var version = body.GetProperty("dataVersion").GetString();
            Assert.Matches(@"^\d+\.[0-9a-f]{16}$", version);
            Assert.Equal(version, response.Headers.GetValues(DataReload.Header).Single());
        }
    }

    [Fact]
    public async Task Without_seeded_data_the_instance_is_alive_but_not_ready()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM meta WHERE key = 'data_version'";
            await forget.ExecuteNonQueryAsync();
        }
        foreach (var path in new[] { "/healthz/ready", "/healthz" })
        {
            using var unready = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unready.StatusCode);
            Assert.Equal("application/problem+json", unready.Content.Headers.ContentType?.MediaType);
            Assert.True(int.Parse(unready.Headers.GetValues("Retry-After").Single()) > 0);
        }
        using var live = await client.GetAsync("/healthz/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var body = JsonDocument.Parse(await live.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }
}
