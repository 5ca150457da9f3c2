using System.Net;
using System.Net.Http.Json;
using Maps.Api.Tests.Layers;

namespace Maps.Api.Tests.Hosting;

public sealed class RateLimitsTests : IDisposable
{
    private readonly AtlasApp app = new(settings: new Dictionary<string, string>
    {
        ["Atlas:RateLimits:Writes:PermitLimit"] = "2",
        ["Atlas:RateLimits:Computed:PermitLimit"] = "3",
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
}
