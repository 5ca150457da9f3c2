using System.IO.Compression;
using System.Net;

namespace Maps.Api.Tests.Ogc;

/// <summary>How items pages are encoded and which of them the output cache keeps.</summary>
public sealed class OgcItemsCachingTests : IDisposable
{
    private const string Borders = "/ogc/collections/borders/items?limit=100";
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public OgcItemsCachingTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<HttpResponseMessage> Get(string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified,
            $"{path}: {response.StatusCode}");
        return response;
    }

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private static async Task<byte[]> Gunzip(HttpResponseMessage response)
    {
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gzip.CopyToAsync(plain);
        return plain.ToArray();
    }

    [Theory]
    [InlineData(Borders)]
    [InlineData(Borders + "&after=0")]
    public async Task Pages_are_gzip_to_whoever_takes_it_and_read_back_as_the_plain_page(string path)
    {
        using var plain = await Get(path, ("Accept-Encoding", "identity"));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        foreach (var accepts in new[] { "gzip", "br, gzip", "gzip;q=0.5, br;q=1", "*" })
        {
            using var gzip = await Get(path, ("Accept-Encoding", accepts));
            Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
            Assert.Equal(bytes, await Gunzip(gzip));
            Assert.Contains("Accept-Encoding", gzip.Headers.Vary);
            Assert.Equal(plain.Headers.ETag, gzip.Headers.ETag);
        }
        foreach (var accepts in new[] { "br", "gzip;q=0, br" })
        {
            using var brotli = await Get(path, ("Accept-Encoding", accepts));
            Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task A_page_of_small_features_is_compressed_whole_in_the_encoding_the_client_prefers()
    {
        const string summits = "/ogc/collections/summits/items?limit=100&after=0";
        using var plain = await Get(summits, ("Accept-Encoding", "identity"));
        using var gzip = await Get(summits, ("Accept-Encoding", "gzip"));
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await Gunzip(gzip));
        using var brotli = await Get(summits, ("Accept-Encoding", "br, gzip"));
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_plain_page_asked_again_is_served_from_the_output_cache_and_revalidates()
    {
        using var first = await Get(Borders, ("Accept-Encoding", "gzip"));
        Assert.False(FromCache(first));
        using var second = await Get(Borders, ("Accept-Encoding", "gzip"));
        Assert.True(FromCache(second));
        Assert.Equal(await Gunzip(first), await Gunzip(second));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        // Another encoding is another answer: identity is not served the gzip bytes kept for the first.
        using var plain = await Get(Borders, ("Accept-Encoding", "identity"));
        Assert.False(FromCache(plain));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        using var revalidated = await Get(Borders, ("Accept-Encoding", "gzip"), ("If-None-Match", first.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData(Borders + "&after=0")]
    [InlineData(Borders + "&bbox=60,35,80,45")]
    [InlineData(Borders + "&iso3=KAZ")]
    [InlineData("/ogc/collections/borders/items?limit=0100")]
    [InlineData("/ogc/collections/borders/items?limit=10001")]
    public async Task Only_pages_asked_plainly_are_kept(string path)
    {
        using var first = await Get(path);
        using var second = await Get(path);
        Assert.False(FromCache(second), path);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_collection_id_in_other_letters_is_not_found_even_when_its_page_is_kept()
    {
        (await Get(Borders)).Dispose();
        (await Get(Borders)).Dispose();
        using var upper = await client.GetAsync("/ogc/collections/BORDERS/items?limit=100");
        Assert.Equal(HttpStatusCode.NotFound, upper.StatusCode);
    }

    [Fact]
    public async Task A_host_on_another_port_is_answered_but_not_kept()
    {
        // The links name the Host's port, so each port would be a key of its own: only the port used is kept.
        using var first = await Get(Borders, ("Host", "localhost:1"));
        using var second = await Get(Borders, ("Host", "localhost:1"));
        Assert.False(FromCache(second));
        Assert.Contains("//localhost:1/ogc/", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cross_origin_reader_is_answered_with_cors_headers_from_a_page_a_same_origin_reader_filled()
    {
        (await Get(Borders)).Dispose();
        using var cached = await Get(Borders, ("Origin", "https://notebook.example"));
        Assert.True(FromCache(cached));
        Assert.Equal("*", cached.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Html_and_json_are_kept_apart()
    {
        foreach (var round in new[] { false, true })
        {
            using var html = await Get(Borders, ("Accept", "text/html"));
            Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
            Assert.Equal(round, FromCache(html));
            using var json = await Get(Borders, ("Accept", "application/geo+json"));
            Assert.Equal("application/geo+json", json.Content.Headers.ContentType?.MediaType);
            Assert.Equal(round, FromCache(json));
        }
    }
}
