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
        await app.Services.GetRequiredService<Warmup>().FirstPass.WaitAsync(WarmupWait.Ceiling);
        Assert.True(layers.IsBuilt("borders", 4) && layers.IsBuilt("land", 4), "borders and land at zoom 4");
        Assert.True(answers.Count >= 4, "the four first-view answers");
        Assert.True(frontend.TryGet("/", out _), "the page's files");
        // Then every served zoom's geometry, so no reader waits for a simplification; zoom 18 is zoom 12's.
        foreach (var zoom in LayerZooms.All) Assert.True(layers.IsPrepared("borders", zoom), $"borders at zoom {zoom?.ToString() ?? "full"}");
        Assert.True(layers.IsPrepared("borders", 18));
    }
}
