using Maps.Api.Hosting;
using Maps.Api.Layers;
using Microsoft.Extensions.DependencyInjection;

namespace Maps.Api.Tests.Hosting;

public sealed class WarmupTests
{
    [Fact]
    public async Task After_start_up_the_first_view_is_ready_before_anyone_asks()
    {
        using var app = new AtlasApp(settings: new Dictionary<string, string>
        {
            ["Atlas:WarmUp"] = "true",
            ["Atlas:FrontendPath"] = Widgets.FrontendStub.Path,
        });
        using var client = app.CreateClient(); // starts the host, and with it the warm-up
        var layers = app.Services.GetRequiredService<LayerCache>();
        var answers = app.Services.GetRequiredService<CachedAnswers>();
        var frontend = app.Services.GetRequiredService<FrontendFiles>();
        bool Ready() => layers.TryGetBuilt("overlay", "borders", 4, out _) && layers.TryGetBuilt("basemap", "land", 4, out _)
            && answers.Count >= 4 && frontend.TryGet("/", out _);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Ready() && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(Ready(), "borders and land at zoom 4, the four first-view answers and the page's files");
    }
}
