using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Maps.Api.Tests.Layers;

namespace Maps.Api.Tests.Widgets;

public sealed class WidgetsApiTests : IDisposable
{
    private readonly AtlasApp app = new(settings: new Dictionary<string, string> { ["Atlas:FrontendPath"] = FrontendStub.Path });
    private readonly HttpClient client;

    public WidgetsApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private static object Widget(string title = "Trade with China, 2024", string caption = "For class 9B", object? layers = null, int? year = 2024,
        double[]? center = null, int zoom = 4, string basemap = "offline") =>
        new { title, caption, layers = layers ?? new[] { "borders", "trade" }, year, center = center ?? [42.0, 72.0], zoom, basemap };

    [Fact]
    public async Task A_saved_widget_reads_back_as_it_was_written()
    {
        using var created = await client.PostAsJsonAsync("/api/widgets", Widget());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/widgets/{id}", created.Headers.Location!.OriginalString);
        Assert.EndsWith($"/embed/{id}", body.GetProperty("embedUrl").GetString());
        var iframe = body.GetProperty("iframe").GetString()!;
        Assert.Contains("loading=\"lazy\"", iframe);
        Assert.Contains("title=\"Trade with China, 2024\"", iframe);

        var read = JsonDocument.Parse(await client.GetStringAsync($"/api/widgets/{id}")).RootElement;
        Assert.Equal("Trade with China, 2024", read.GetProperty("title").GetString());
        Assert.Equal(["borders", "trade"], read.GetProperty("layers").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(2024, read.GetProperty("year").GetInt32());
        Assert.Equal([42.0, 72.0], read.GetProperty("center").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public async Task A_saved_widget_survives_a_restart()
    {
        using var created = await client.PostAsJsonAsync("/api/widgets", Widget(title: "Durable"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using var restarted = new AtlasApp(app.DatabasePath);
        var read = JsonDocument.Parse(await restarted.CreateClient().GetStringAsync($"/api/widgets/{id}")).RootElement;
        Assert.Equal("Durable", read.GetProperty("title").GetString());
    }

    public static TheoryData<object, string> InvalidWidgets() => new()
    {
        { Widget(layers: new[] { "borders", "rivers" }), "layers" },
        { Widget(layers: Array.Empty<string>()), "layers" },
        { Widget(year: 1999), "year" },
        { Widget(zoom: 19), "zoom" },
        { Widget(center: [95.0, 72.0]), "center" },
        { Widget(center: [42.0, 190.0]), "center" },
        { Widget(center: [42.0]), "center" },
        { Widget(title: new string('t', 121)), "title" },
        { Widget(title: " "), "title" },
        { Widget(caption: new string('c', 501)), "caption" },
        { Widget(basemap: "satellite"), "basemap" },
        { Widget(basemap: "osm"), "basemap" },
    };

    [Theory]
    [MemberData(nameof(InvalidWidgets))]
    public async Task Invalid_widgets_are_422_naming_the_field(object widget, string field)
    {
        var problem = await LayersApiTests.AssertProblem(await client.PostAsJsonAsync("/api/widgets", widget), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"title":"x","zoom":"four"}""")]
    public async Task Unreadable_widgets_are_400(string body) =>
        await LayersApiTests.AssertProblem(await client.PostAsync("/api/widgets", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

    [Fact]
    public async Task An_unknown_widget_is_404() =>
        await LayersApiTests.AssertProblem(await client.GetAsync("/api/widgets/nosuchwidg"), HttpStatusCode.NotFound);

    [Fact]
    public async Task The_embed_page_may_be_framed_anywhere_and_carries_the_oembed_link()
    {
        using var created = await client.PostAsJsonAsync("/api/widgets", Widget(title: "<script>alert('x')</script> & more"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using var page = await client.GetAsync($"/embed/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("frame-ancestors *", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("application/json+oembed", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more", html);
        Assert.DoesNotContain("<script>alert", html);

        using var main = await client.GetAsync("/");
        Assert.Contains("frame-ancestors 'self'", string.Join(";", main.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task An_unknown_embed_is_a_404_page() =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/embed/nosuchwidg")).StatusCode);

    [Fact]
    public async Task OEmbed_answers_rich_for_saved_and_unsaved_widgets()
    {
        using var created = await client.PostAsJsonAsync("/api/widgets", Widget(title: "Summits"));
        var embedUrl = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("embedUrl").GetString()!;
        var oembed = JsonDocument.Parse(await client.GetStringAsync($"/oembed?url={Uri.EscapeDataString(embedUrl)}&format=json&maxwidth=400")).RootElement;
        Assert.Equal("1.0", oembed.GetProperty("version").GetString());
        Assert.Equal("rich", oembed.GetProperty("type").GetString());
        Assert.Equal("Summits", oembed.GetProperty("title").GetString());
        Assert.Equal(400, oembed.GetProperty("width").GetInt32());
        Assert.Equal(300, oembed.GetProperty("height").GetInt32());
        Assert.Contains("<iframe", oembed.GetProperty("html").GetString());
        Assert.Equal("Corridor Atlas", oembed.GetProperty("provider_name").GetString());

        var origin = new Uri(embedUrl).GetLeftPart(UriPartial.Authority);
        var unsaved = JsonDocument.Parse(await client.GetStringAsync($"/oembed?url={Uri.EscapeDataString(origin + "/embed?layers=hubs&title=Hubs")}")).RootElement;
        Assert.Equal("Hubs", unsaved.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/oembed", HttpStatusCode.BadRequest)]
    [InlineData("/oembed?url=not-a-url", HttpStatusCode.BadRequest)]
    [InlineData("/oembed?url=https%3A%2F%2Felsewhere.example%2Fembed%2Fabcdefghij", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fembed%2Fnosuchwidg", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fembed&format=xml", HttpStatusCode.NotImplemented)]
    public async Task OEmbed_refuses_what_it_cannot_answer(string path, HttpStatusCode status) =>
        await LayersApiTests.AssertProblem(await client.GetAsync(path), status);

    // Addresses an attacker would hand to a site that renders oEmbed answers: none may come back in a 200.
    [Theory]
    [InlineData("javascript://localhost/embed?%0Aalert(1)//")]
    [InlineData("javascript:alert(1)//localhost/embed")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript://localhost/embed")]
    [InlineData("//localhost/embed")]
    [InlineData("ftp://localhost/embed")]
    [InlineData("http://evil.example/embed")]
    [InlineData("http://localhost.evil.example/embed")]
    [InlineData("http://user@localhost/embed")]
    [InlineData("http://localhost/embed/%0Aalert(1)")]
    [InlineData("http://localhost/embed/abc\"onload=\"x")]
    [InlineData("http://localhost/embed/../api/widgets")]
    [InlineData("http://localhost/embedded")]
    [InlineData("http://localhost/embed/abcdefghij/more")]
    [InlineData("http://localhost:8080/embed")]
    [InlineData("https://localhost:8443/embed")]
    public async Task OEmbed_never_answers_200_for_an_address_that_is_not_this_sites_widget(string url)
    {
        using var response = await client.GetAsync($"/oembed?url={Uri.EscapeDataString(url)}&format=json");
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OEmbed_rebuilds_an_unsaved_widget_address_rather_than_echoing_it()
    {
        var hostile = "http://localhost/embed?layers=hubs&title=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"
            + "&view=4/41/76%22onload%3D%22x&extra=%0Ajavascript:alert(1)&lang=xx";
        using var response = await client.GetAsync($"/oembed?url={Uri.EscapeDataString(hostile)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("html").GetString()!;
        // The title is kept as text, encoded; the bad view, the unknown parameter and the bad language are dropped.
        Assert.Contains("src=\"http://localhost/embed?layers=hubs&amp;title=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E\"", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("onload", html);
        Assert.DoesNotContain("javascript", html);
        Assert.DoesNotContain("lang=", html);
    }
}

/// <summary>Values checked strictly: a final newline and other scripts' digits are not what the page reads.</summary>
public sealed class OEmbedStrictValuesTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public OEmbedStrictValuesTests() => client = app.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task A_value_with_a_final_newline_or_non_ascii_digits_is_dropped_and_the_default_port_is_this_origin()
    {
        // view=4/41/76 + newline, view in Arabic-Indic digits, a layer id + newline: each would pass a $ or \d pattern.
        var address = "http://localhost:80/embed?view=4/41/76%0A&layers=hubs%0A&year=2023";
        using var newline = await client.GetAsync($"/oembed?url={Uri.EscapeDataString(address)}");
        Assert.Equal(HttpStatusCode.OK, newline.StatusCode);
        var html = JsonDocument.Parse(await newline.Content.ReadAsStringAsync()).RootElement.GetProperty("html").GetString()!;
        Assert.Contains("src=\"http://localhost/embed?year=2023\"", html);

        // Behind a proxy that ends TLS, the site's own https address is its own.
        using var https = await client.GetAsync($"/oembed?url={Uri.EscapeDataString("https://localhost/embed?year=2023")}");
        Assert.Equal(HttpStatusCode.OK, https.StatusCode);

        var digits = "http://localhost/embed?view=" + Uri.EscapeDataString("\u0664/\u0664\u0661/\u0667\u0666");
        using var arabic = await client.GetAsync($"/oembed?url={Uri.EscapeDataString(digits)}");
        html = JsonDocument.Parse(await arabic.Content.ReadAsStringAsync()).RootElement.GetProperty("html").GetString()!;
        Assert.Contains("src=\"http://localhost/embed\"", html);
    }
}

/// <summary>A minimal built frontend for the tests that read the embed page, so they need no npm build.</summary>
internal static class FrontendStub
{
    public static readonly string Path = Create();

    private static string Create()
    {
        var directory = Directory.CreateTempSubdirectory("atlas-frontend-").FullName;
        File.WriteAllText(System.IO.Path.Combine(directory, "index.html"), "<!doctype html><title>Corridor Atlas</title>");
        File.WriteAllText(System.IO.Path.Combine(directory, "embed.html"),
            "<!doctype html><html lang=\"en\"><head><title>Corridor Atlas map</title></head><body></body></html>");
        return directory;
    }
}
