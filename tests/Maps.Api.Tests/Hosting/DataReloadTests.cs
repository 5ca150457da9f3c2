using System.Net;
using Maps.Api.Hosting;
using Maps.Api.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Maps.Api.Tests.Hosting;

/// <summary>
/// A rolling deploy on one store: a new instance seeds a newer release, the old instance (still running) follows it,
/// and an old instance started afterwards leaves the newer data in place and serves it.
/// </summary>
public sealed class DataReloadTests : IDisposable
{
    // ASCII only: the layer's JSON escapes other characters.
    private const string OldTitle = "\"title\":\"Second China";
    private const string NewTitle = "\"title\":\"Deployed: Second China";

    private static readonly Dictionary<string, string> FastPoll = new() { ["Atlas:DataVersionPollSeconds"] = "0.1" };

    private readonly AtlasApp old = new(settings: FastPoll);
    private readonly GeodataCopy newer = new(+1, "summits.geojson", OldTitle, NewTitle);

    public void Dispose()
    {
        old.Dispose();
        newer.Dispose();
    }

    [Fact]
    public async Task A_running_instance_serves_the_newer_data_another_seeded_with_new_etags()
    {
        var client = old.CreateClient();
        using var before = await client.GetAsync("/api/layers/summits");
        var oldVersion = before.Headers.GetValues(DataReload.Header).Single();
        var oldTag = before.Headers.ETag!.Tag;
        Assert.Contains(OldTitle, await before.Content.ReadAsStringAsync());
        Assert.DoesNotContain(NewTitle, await before.Content.ReadAsStringAsync());
        // An OGC page asked twice is kept by the output cache: it too must follow the new data.
        const string items = "/ogc/collections/summits/items?f=json";
        (await client.GetAsync(items)).Dispose();
        using (var cached = await client.GetAsync(items))
        {
            Assert.NotNull(cached.Headers.Age);
            Assert.Contains(OldTitle, await cached.Content.ReadAsStringAsync());
        }

        using var deployed = Deployed();
        using var fromNew = await deployed.CreateClient().GetAsync("/api/layers/summits");
        var newVersion = fromNew.Headers.GetValues(DataReload.Header).Single();
        Assert.NotEqual(oldVersion, newVersion);

        var after = await UntilVersionAsync(client, "/api/layers/summits", newVersion);
        Assert.Contains(NewTitle, await after.Content.ReadAsStringAsync());
        Assert.NotEqual(oldTag, after.Headers.ETag!.Tag);
        Assert.Equal(fromNew.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
        // The same ETag the old instance handed out is no longer a match.
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/layers/summits");
        revalidate.Headers.Add("If-None-Match", oldTag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(revalidate)).StatusCode);
        Assert.Contains(NewTitle, await client.GetStringAsync(items));
        // Cached JSON answers follow too (the layer list is one).
        using var list = await client.GetAsync("/api/layers");
        Assert.Equal(newVersion, list.Headers.GetValues(DataReload.Header).Single());
    }

    [Fact]
    public async Task An_older_instance_started_after_the_deploy_leaves_the_newer_data_in_place()
    {
        using (var deployed = Deployed())
            await deployed.CreateClient().GetAsync("/healthz/ready");
        using var restartedOld = new AtlasApp(old.DatabasePath);
        using var summits = await restartedOld.CreateClient().GetAsync("/api/layers/summits");
        Assert.Contains(NewTitle, await summits.Content.ReadAsStringAsync());
        var newVersion = Maps.Api.Tests.Storage.ShippedGeodata.Load(newer.Directory).Version;
        Assert.Equal(newVersion, summits.Headers.GetValues(DataReload.Header).Single());
    }

    [Fact]
    public async Task After_the_deploy_the_running_instance_warms_up_again_before_anyone_asks()
    {
        using var warm = new AtlasApp(settings: new Dictionary<string, string>(FastPoll)
        {
            ["Atlas:WarmUp"] = "true",
            ["Atlas:FrontendPath"] = Widgets.FrontendStub.Path,
        });
        using var client = warm.CreateClient(); // starts the host, and with it the warm-up
        await warm.Services.GetRequiredService<Warmup>().FirstPass.WaitAsync(WarmupWait.Ceiling);
        var layers = warm.Services.GetRequiredService<Maps.Api.Layers.LayerCache>();
        var ogc = warm.Services.GetRequiredService<Maps.Api.Ogc.OgcFeatureBytes>();
        Assert.True(layers.IsBuilt("summits", null));

        using (var deployed = new AtlasApp(warm.DatabasePath, new Dictionary<string, string> { ["Atlas:GeodataPath"] = newer.Directory }))
            await deployed.CreateClient().GetAsync("/healthz/ready");
        var watch = warm.Services.GetRequiredService<Maps.Api.Storage.DataVersionWatch>();
        var newVersion = Maps.Api.Tests.Storage.ShippedGeodata.Load(newer.Directory).Version;
        // States, not time: the instance has seen the new version (its caches cleared), then the warm-up built again.
        await Until(() => watch.Current == newVersion, "the new data version seen");
        await Until(() => layers.IsBuilt("summits", null) && ogc.HeldBytes > 0, "the first view and the OGC features built again");

        using var summits = await client.GetAsync("/api/layers/summits");
        Assert.Contains(NewTitle, await summits.Content.ReadAsStringAsync());
        using var items = await client.GetAsync("/ogc/collections/summits/items?f=json");
        Assert.Contains(NewTitle, await items.Content.ReadAsStringAsync());
    }

    private static async Task Until(Func<bool> state, string what)
    {
        var deadline = DateTime.UtcNow + WarmupWait.Ceiling;
        while (!state() && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(state(), what);
    }

    /// <summary>The new build: the same store, the newer data.</summary>
    private AtlasApp Deployed() =>
        new(old.DatabasePath, new Dictionary<string, string> { ["Atlas:GeodataPath"] = newer.Directory });

    /// <summary>Asks until the answer names the version: a state, reached within a few polls.</summary>
    private static async Task<HttpResponseMessage> UntilVersionAsync(HttpClient client, string path, string version)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var response = await client.GetAsync(path);
            if (response.Headers.GetValues(DataReload.Header).Single() == version) return response;
            response.Dispose();
            await Task.Delay(50);
        }
        throw new TimeoutException($"{path} never named version {version}");
    }
}
