using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Maps.Api.Tests.Hosting;

/// <summary>
/// Behind a TLS proxy on loopback (as the README's nginx example runs), on Kestrel with real sockets: the scheme comes
/// from X-Forwarded-Proto, and only the hosts AllowedHosts names are answered.
/// </summary>
public sealed class ReverseProxyTests : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync(new Dictionary<string, string>
    {
        ["AllowedHosts"] = "atlas.example;127.0.0.1",
        ["Atlas:FrontendPath"] = Widgets.FrontendStub.Path,
    });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Embed_and_oEmbed_addresses_carry_the_public_scheme_and_host()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/widgets")
        {
            Content = JsonContent.Create(new { title = "Proxied", caption = "", layers = new[] { "hubs" }, center = new[] { 44.0, 80.0 }, zoom = 5 }),
        };
        request.Headers.Host = "atlas.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var created = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var embedUrl = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("embedUrl").GetString()!;
        Assert.StartsWith("https://atlas.example/embed/", embedUrl);

        using var oembed = new HttpRequestMessage(HttpMethod.Get, $"/oembed?url={Uri.EscapeDataString(embedUrl)}");
        oembed.Headers.Host = "atlas.example";
        oembed.Headers.Add("X-Forwarded-Proto", "https");
        using var answer = await client.SendAsync(oembed);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("html").GetString();
        Assert.Contains("src=\"https://atlas.example/embed/", html);
    }

    [Fact]
    public async Task A_host_that_AllowedHosts_does_not_name_is_refused()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/layers");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_development_any_host_stops_the_start_unless_it_is_meant(string environment)
    {
        using var anyHost = new AtlasApp(settings: new Dictionary<string, string> { ["AllowedHosts"] = "*", ["environment"] = environment });
        var refused = Assert.Throws<InvalidOperationException>(() => anyHost.CreateClient());
        Assert.Contains("AllowedHosts", refused.Message);
        using var meant = new AtlasApp(settings: new Dictionary<string, string>
        {
            ["AllowedHosts"] = "*", ["Atlas:AllowAnyHost"] = "true", ["environment"] = environment,
        });
        using var client = meant.CreateClient();
    }

    [Fact]
    public async Task By_default_only_this_machines_names_are_answered()
    {
        using var defaults = new AtlasApp();
        using var client = defaults.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/layers")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/layers");
        request.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Embed_pages_say_how_to_cache_them()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/embed?title=Cache");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoCache);
    }
}
