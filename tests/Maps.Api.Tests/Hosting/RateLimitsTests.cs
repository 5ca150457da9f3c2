using System.Net;
using System.Net.Http.Json;
using Maps.Api.Tests.Layers;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Maps.Api.Tests.Hosting;

public sealed class RateLimitsTests : IDisposable
{
    private readonly AtlasApp app = new(settings: new Dictionary<string, string>
    {
        ["Atlas:RateLimits:Writes:PermitLimit"] = "2",
        ["Atlas:RateLimits:Computed:PermitLimit"] = "3",
        ["Atlas:RateLimits:Metrics:PermitLimit"] = "2",
    });

    public void Dispose() => app.Dispose();

    private static object Widget => new { title = "Limits", caption = "", layers = new[] { "hubs" }, center = new[] { 44.0, 80.0 }, zoom = 5 };

    [Fact]
    public async Task Writes_past_the_limit_are_429_problems_with_Retry_After()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/widgets", Widget)).StatusCode);
        using var refused = await client.PostAsJsonAsync("/api/widgets", Widget);
        var problem = await LayersApiTests.AssertProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("try again", problem.GetProperty("detail").GetString());
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task Computed_answers_are_limited_and_cached_reads_are_not()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/routes/plan?from=xian&to=istanbul")).StatusCode);
        await LayersApiTests.AssertProblem(await client.GetAsync("/api/routes/plan?from=xian&to=istanbul"), HttpStatusCode.TooManyRequests);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/layers/hubs")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/routes/compare?ids=middle-corridor,sea-suez")).StatusCode);
        }
    }

    [Fact]
    public async Task Route_metrics_have_a_budget_of_their_own()
    {
        using var client = app.CreateClient();
        HttpContent Line() => new StringContent("""{"type":"LineString","coordinates":[[70,40],[71,41]]}""", System.Text.Encoding.UTF8, "application/geo+json");
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/routes/metrics", Line())).StatusCode);
        using var refused = await client.PostAsync("/api/routes/metrics", Line());
        await LayersApiTests.AssertProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
        // Plans count against their own window, not the metrics'.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/routes/plan?from=xian&to=istanbul")).StatusCode);
    }

    /// <summary>What computes per request (plans, metrics, briefs) has a client limit and the time limit.</summary>
    [Theory]
    [InlineData("/api/routes/plan")]
    [InlineData("/api/routes/metrics")]
    [InlineData("/brief")]
    public void Every_computed_endpoint_has_a_client_limit_and_the_time_limit(string route)
    {
        using var client = app.CreateClient();
        var endpoint = Assert.Single(app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>(),
            e => e.RoutePattern.RawText == route);
        Assert.NotNull(endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>());
        Assert.Equal(Maps.Api.Hosting.RateLimits.Computed, endpoint.Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void IPv6_clients_are_counted_by_their_64(string address, string client) =>
        Assert.Equal(client, Maps.Api.Hosting.RateLimits.Client(System.Net.IPAddress.Parse(address)));
}
