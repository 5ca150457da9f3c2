using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Maps.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Maps.Api.Tests.Hosting;

public sealed class FrontendFilesTests : IDisposable
{
    private static readonly string Script = "console.log('" + new string('a', 4000) + "');";

    // A built frontend of its own for each test, removed after it: nothing is left in the temporary folder.
    private readonly string dist = CreateDist();
    private readonly AtlasApp app;
    private readonly HttpClient client;

    public FrontendFilesTests()
    {
        app = new AtlasApp(settings: new Dictionary<string, string> { ["Atlas:FrontendPath"] = dist });
        client = app.CreateClient();
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(dist, recursive: true);
    }

    private static string CreateDist()
    {
        var directory = Directory.CreateTempSubdirectory("atlas-dist-").FullName;
        Directory.CreateDirectory(Path.Combine(directory, "assets"));
        File.WriteAllText(Path.Combine(directory, "index.html"), "<!doctype html><title>Corridor Atlas</title>");
        File.WriteAllText(Path.Combine(directory, "assets", "main-abc123.js"), Script);
        File.WriteAllBytes(Path.Combine(directory, "assets", "marker-abc123.png"), [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        return directory;
    }

    private Task<HttpResponseMessage> Get(string path, string? encoding = null, EntityTagHeaderValue? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        if (etag is not null) request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    [Theory]
    [InlineData("/assets/main-0ld000.js")]
    [InlineData("/assets/nested/style.css")]
    [InlineData("/assets")]
    public async Task A_missing_asset_is_a_404_problem_not_the_page(string path)
    {
        app.Services.GetRequiredService<FrontendFiles>().Load();
        using var response = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<title>", await response.Content.ReadAsStringAsync());
        // The page itself is still served for every other path the client router owns.
        using var page = await Get("/some/view");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Once_loaded_the_script_leaves_precompressed_immutable_and_tagged()
    {
        app.Services.GetRequiredService<FrontendFiles>().Load();
        using var response = await Get("/assets/main-abc123.js", "br");
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        // Compressed once, ahead: a known length and the content's own tag, not a stream compressed on the way out.
        Assert.NotNull(response.Content.Headers.ContentLength);
        Assert.Equal($"\"{EncodedBody.HashOf(System.Text.Encoding.UTF8.GetBytes(Script))}-br\"", response.Headers.ETag!.Tag);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        using var decoded = new StreamReader(new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress));
        Assert.Equal(Script, await decoded.ReadToEndAsync());

        using var again = await Get("/assets/main-abc123.js", "br", response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task The_page_is_revalidated_and_images_are_sent_as_they_are()
    {
        app.Services.GetRequiredService<FrontendFiles>().Load();
        using var page = await Get("/", "gzip");
        Assert.Equal(["gzip"], page.Content.Headers.ContentEncoding);
        Assert.True(page.Headers.CacheControl!.NoCache);
        Assert.Contains("frame-ancestors 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));

        using var image = await Get("/assets/marker-abc123.png", "br");
        Assert.Empty(image.Content.Headers.ContentEncoding);
        Assert.Equal(7, (await image.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Before_loading_and_for_deep_links_the_static_files_answer()
    {
        using var script = await Get("/assets/main-abc123.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(Script, await script.Content.ReadAsStringAsync());
        app.Services.GetRequiredService<FrontendFiles>().Load();
        using var deepLink = await Get("/some/view");
        Assert.Equal(HttpStatusCode.OK, deepLink.StatusCode);
        Assert.Contains("Corridor Atlas", await deepLink.Content.ReadAsStringAsync());
    }
}
