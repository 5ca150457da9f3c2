using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Maps.Api.Tests.Hosting;

/// <summary>Every answer carries the security headers, the errors as much as the pages: 400, 404, 413, 429 and 500.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly AtlasApp app = new(settings: new Dictionary<string, string> { ["Atlas:RateLimits:Writes:PermitLimit"] = "1" });

    public void Dispose() => app.Dispose();

    private static void AssertSecured(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
    }

    [Fact]
    public async Task Bad_requests_unknown_paths_large_bodies_and_refusals_carry_them()
    {
        using var client = app.CreateClient();
        AssertSecured(await client.GetAsync("/api/layers/borders?zoom=99"), HttpStatusCode.BadRequest);
        AssertSecured(await client.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);
        using var large = new StringContent(new string(' ', 2 * 1024 * 1024), Encoding.UTF8, "application/geo+json");
        AssertSecured(await client.PostAsync("/api/routes/metrics", large), HttpStatusCode.RequestEntityTooLarge);
        var widget = new { title = "t", caption = "", layers = new[] { "hubs" }, center = new[] { 44.0, 80.0 }, zoom = 5 };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/widgets", widget)).StatusCode);
        AssertSecured(await client.PostAsJsonAsync("/api/widgets", widget), HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_failure_inside_the_app_carries_them()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        // A stored geometry that no longer parses: the one way left for a request to fail inside the app.
        await using (var connection = new SqliteConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var corrupt = connection.CreateCommand();
            corrupt.CommandText = "UPDATE features SET geometry = x'00ff' WHERE layer_id = 'summits'";
            await corrupt.ExecuteNonQueryAsync();
        }
        using var response = await client.GetAsync("/api/layers/summits");
        AssertSecured(response, HttpStatusCode.InternalServerError);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
