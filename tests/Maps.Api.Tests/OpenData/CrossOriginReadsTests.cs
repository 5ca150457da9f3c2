using System.Net;
using System.Text;

namespace Maps.Api.Tests.OpenData;

/// <summary>Notebooks and other sites may read every read-only answer; writes stay same-origin.</summary>
public sealed class CrossOriginReadsTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public CrossOriginReadsTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", "https://notebooks.example");
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/layers")]
    [InlineData("/api/layers/hubs")]
    [InlineData("/api/layers/borders?zoom=4")]
    [InlineData("/api/basemap")]
    [InlineData("/api/trade/series")]
    [InlineData("/api/trade?year=2023")]
    [InlineData("/api/routes")]
    [InlineData("/api/routes/compare?ids=middle-corridor,sea-suez")]
    [InlineData("/ogc/collections/hubs/items")]
    [InlineData("/api/openapi.json")]
    public async Task Read_only_answers_allow_any_origin(string path)
    {
        // Twice: the second answer comes from whatever cache or fast path the first one filled.
        for (var i = 0; i < 2; i++)
        {
            using var response = await Send(HttpMethod.Get, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        }
    }

    [Fact]
    public async Task Writes_carry_no_cors_headers()
    {
        using var metrics = await Send(HttpMethod.Post, "/api/routes/metrics", """{"type":"LineString","coordinates":[[71.4,51.1],[76.9,43.2]]}""");
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.False(metrics.Headers.Contains("Access-Control-Allow-Origin"));
        using var widget = await Send(HttpMethod.Post, "/api/widgets", "{}");
        Assert.False(widget.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
