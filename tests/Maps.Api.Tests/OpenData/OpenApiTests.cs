using System.Net;
using System.Text.Json;

namespace Maps.Api.Tests.OpenData;

public sealed class OpenApiTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public OpenApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<JsonElement> Document()
    {
        using var response = await client.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_document_is_openapi_3_0_and_describes_every_answer_and_every_problem()
    {
        var document = await Document();
        Assert.StartsWith("3.0.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/layers", "/api/layers/{id}", "/api/basemap", "/api/trade", "/api/trade/series", "/api/routes/compare",
                     "/api/routes/plan", "/api/routes/metrics", "/api/widgets", "/ogc", "/ogc/conformance", "/ogc/collections",
                     "/ogc/collections/{collectionId}", "/ogc/collections/{collectionId}/items", "/ogc/collections/{collectionId}/items/{featureId}" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the document");
        foreach (var (path, method, status, response) in Responses(document))
        {
            var where = $"{method.ToUpperInvariant()} {path} {status}";
            if (status is "304") continue;
            var content = response.GetProperty("content");
            if (status.StartsWith('4') || status.StartsWith('5'))
            {
                var problem = content.GetProperty("application/problem+json").GetProperty("schema");
                Assert.Contains("ProblemDetails", problem.GetProperty("$ref").GetString());
            }
            else
            {
                var schema = SchemaAssert.Resolve(document, content.EnumerateObject().First().Value.GetProperty("schema"));
                Assert.True(schema.TryGetProperty("type", out _) || schema.TryGetProperty("properties", out _), $"{where} has no schema");
            }
        }
    }

    [Theory]
    [InlineData("/api/layers", "/api/layers")]
    [InlineData("/api/layers/{id}", "/api/layers/hubs")]
    [InlineData("/api/basemap", "/api/basemap")]
    [InlineData("/api/trade", "/api/trade?year=2023")]
    [InlineData("/api/trade", "/api/trade?year=2024&reporter=partner")]
    [InlineData("/api/trade/series", "/api/trade/series")]
    [InlineData("/api/trade/context", "/api/trade/context")]
    [InlineData("/api/routes", "/api/routes")]
    [InlineData("/api/routes/nodes", "/api/routes/nodes")]
    [InlineData("/api/routes/compare", "/api/routes/compare?ids=middle-corridor,northern-corridor,cku-railway,sea-suez")]
    [InlineData("/api/routes/plan", "/api/routes/plan?from=xian&to=aktau")]
    [InlineData("/api/events", "/api/events?lang=ru")]
    [InlineData("/ogc", "/ogc")]
    [InlineData("/ogc/conformance", "/ogc/conformance")]
    [InlineData("/ogc/collections", "/ogc/collections")]
    [InlineData("/ogc/collections/{collectionId}", "/ogc/collections/summits")]
    [InlineData("/ogc/collections/{collectionId}/items", "/ogc/collections/hubs/items?limit=100")]
    [InlineData("/ogc/collections/{collectionId}/items/{featureId}", "/ogc/collections/borders/items/KGZ")]
    public async Task Real_answers_match_their_schemas(string path, string url)
    {
        var document = await Document();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var content = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        var declared = content.EnumerateObject().Select(c => c.Name).ToList();
        Assert.Contains(response.Content.Headers.ContentType!.MediaType!, declared);
        var schema = content.GetProperty(response.Content.Headers.ContentType!.MediaType!).GetProperty("schema");
        SchemaAssert.Conforms(document, schema, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task A_problem_answer_matches_the_problem_schema()
    {
        var document = await Document();
        using var response = await client.GetAsync("/api/trade?year=20x3");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var schema = document.GetProperty("paths").GetProperty("/api/trade").GetProperty("get").GetProperty("responses").GetProperty("400")
            .GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
        SchemaAssert.Conforms(document, schema, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task The_reference_page_is_served_by_the_app_with_a_nonce_and_no_other_origin()
    {
        using var response = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "script-src 'self' 'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"style-src 'self' 'nonce-{nonce}'", policy);
        Assert.Contains($"<meta property=\"csp-nonce\" content=\"{nonce}\">", html);
        Assert.DoesNotMatch("src=\"https?://", html);
        Assert.Contains("api/openapi.json", html);
        // Every script tag carries this response's nonce; a second response has another.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value), tag => Assert.Contains($"nonce=\"{nonce}\"", tag));
        using var again = await client.GetAsync("/api/docs/");
        Assert.DoesNotContain(nonce, again.Headers.GetValues("Content-Security-Policy").Single());
        using var script = await client.GetAsync("/api/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    private static IEnumerable<(string Path, string Method, string Status, JsonElement Response)> Responses(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .SelectMany(m => m.Value.GetProperty("responses").EnumerateObject().Select(r => (p.Name, m.Name, r.Name, r.Value))));
}
