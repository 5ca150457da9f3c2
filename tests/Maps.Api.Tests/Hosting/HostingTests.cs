using System.Net;
using System.Text.Json;

namespace Maps.Api.Tests.Hosting;

public sealed class HostingTests : IDisposable
{
    private readonly AtlasApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Healthz_answers_when_the_store_does()
    {
        using var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("sqlite", body.GetProperty("store").GetString());
    }

    [Fact]
    public async Task Pages_and_api_may_only_be_framed_by_the_app_itself()
    {
        using var response = await app.CreateClient().GetAsync("/api/layers");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_restart_keeps_the_seeded_store_and_seeds_nothing_twice()
    {
        using (var client = app.CreateClient()) await client.GetAsync("/healthz");
        // A row that seeding would delete: if the restart seeded again, it would be gone.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var mark = connection.CreateCommand();
            mark.CommandText = "INSERT INTO documents (key, json) VALUES ('restart-marker', '{}')";
            await mark.ExecuteNonQueryAsync();
        }
        using var second = new AtlasApp(app.DatabasePath);
        using var response = await second.CreateClient().GetAsync("/api/layers/summits");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var check = new Microsoft.Data.Sqlite.SqliteConnection(app.ConnectionString);
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM documents WHERE key = 'restart-marker'";
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Online_tiles_are_offered_only_when_configured_and_then_allowed_by_the_policy()
    {
        using var online = new AtlasApp(settings: new Dictionary<string, string>
        {
            ["Atlas:OnlineTiles:Url"] = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
        });
        using var response = await online.CreateClient().GetAsync("/api/basemap");
        var tiles = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("onlineTiles");
        Assert.Equal("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", tiles.GetProperty("url").GetString());
        Assert.Contains("OpenStreetMap", tiles.GetProperty("attribution").GetString());
        Assert.Contains("img-src 'self' data: blob: https://*.tile.openstreetmap.org", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
