using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Maps.Api.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Maps.Api.Tests.Hosting;

public sealed class CachedAnswersTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public CachedAnswersTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/api/layers")]
    [InlineData("/api/basemap")]
    [InlineData("/api/trade?year=2023")]
    [InlineData("/api/trade/series")]
    [InlineData("/api/trade/context")]
    [InlineData("/api/routes")]
    [InlineData("/api/routes/nodes")]
    [InlineData("/api/routes/compare?ids=middle-corridor,northern-corridor")]
    [InlineData("/api/routes/plan?from=xian&to=istanbul&avoid=RUS")]
    public async Task Answers_carry_a_strong_etag_answer_304_to_it_and_compress_to_the_same_json(string path)
    {
        using var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType!.MediaType);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl!.Public);
        var plain = await first.Content.ReadAsStringAsync();

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var brotli = new HttpRequestMessage(HttpMethod.Get, path);
        brotli.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var compressed = await client.SendAsync(brotli);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        using var decoded = new StreamReader(new BrotliStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress));
        Assert.Equal(plain, await decoded.ReadToEndAsync());
    }

    [Fact]
    public async Task Each_request_gets_its_own_answer_and_refusals_are_never_kept()
    {
        var y2023 = JsonDocument.Parse(await client.GetStringAsync("/api/trade?year=2023")).RootElement;
        var y2024 = JsonDocument.Parse(await client.GetStringAsync("/api/trade?year=2024")).RootElement;
        Assert.Equal(2023, y2023.GetProperty("year").GetInt32());
        Assert.Equal(2024, y2024.GetProperty("year").GetInt32());
        var partner = JsonDocument.Parse(await client.GetStringAsync("/api/trade?year=2024&reporter=partner")).RootElement;
        Assert.Equal("partner", partner.GetProperty("reporter").GetString());

        var ab = JsonDocument.Parse(await client.GetStringAsync("/api/routes/compare?ids=middle-corridor,northern-corridor")).RootElement;
        var ba = JsonDocument.Parse(await client.GetStringAsync("/api/routes/compare?ids=northern-corridor,middle-corridor")).RootElement;
        Assert.Equal("middle-corridor", ab.GetProperty("routes")[0].GetProperty("id").GetString());
        Assert.Equal("northern-corridor", ba.GetProperty("routes")[0].GetProperty("id").GetString());

        using var missing = await client.GetAsync("/api/trade?year=1990");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Past_its_bound_it_still_answers_but_keeps_nothing_more()
    {
        var answers = new CachedAnswers(Options.Create(new JsonOptions()));
        for (var i = 0; i < CachedAnswers.MaxEntries; i++)
            await answers.GetAsync($"k{i}", () => new JsonObject { ["i"] = i });
        Assert.Equal(CachedAnswers.MaxEntries, answers.Count);

        var built = 0;
        var extra = await answers.GetAsync("one more", () => { built++; return new JsonObject { ["i"] = -1 }; });
        await answers.GetAsync("one more", () => { built++; return new JsonObject { ["i"] = -1 }; });
        Assert.Equal(CachedAnswers.MaxEntries, answers.Count);
        Assert.Equal(2, built);
        Assert.NotNull(extra);

        var kept = 0;
        await answers.GetAsync("k7", () => { kept++; return new JsonObject(); });
        Assert.Equal(0, kept);
    }

    /// <summary>A JSON answer of about this many bytes (it compresses to nearly nothing, so it is quick to build).</summary>
    private static JsonObject Weighing(int bytes, int seed) => new() { ["seed"] = seed, ["padding"] = new string('x', bytes) };

    [Fact]
    public async Task Answers_kept_for_good_stop_at_their_byte_budget_and_are_still_answered()
    {
        var answers = new CachedAnswers(Options.Create(new JsonOptions()));
        var i = 0;
        while (answers.KeptBytes < CachedAnswers.MaxBytes)
            await answers.GetAsync($"big{i}", () => Weighing(1_000_000, i++));
        var count = answers.Count;
        Assert.True(count < CachedAnswers.MaxEntries, "the bytes ran out before the entries");
        var built = 0;
        var extra = await answers.GetAsync("one more", () => { built++; return Weighing(1_000_000, -1); });
        Assert.NotNull(extra);
        Assert.Equal(count, answers.Count);
        Assert.True(answers.KeptBytes < CachedAnswers.MaxBytes + 1_100_000, $"{answers.KeptBytes} bytes kept");
        Assert.Equal(1, built);
    }

    [Fact]
    public void Open_ended_answers_are_held_within_their_byte_budget()
    {
        var answers = new CachedAnswers(Options.Create(new JsonOptions()));
        for (var i = 0; i < 100; i++)
        {
            var seed = i;
            Assert.NotNull(answers.GetOpenEnded(0, $"plan{i}", () => Weighing(400_000, seed)));
        }
        // Counted in bytes (at least one answer's worth is held), never past the budget: past its size the cache adds
        // nothing more and compacts in the background. Asked again, at most as many answers as fit its bytes come from
        // the cache, the rest are built afresh (how many of those it still holds depends on when compaction ran).
        Assert.InRange(answers.OpenEndedBytes, 400_000, CachedAnswers.MaxOpenEndedBytes);
        var rebuilt = 0;
        for (var i = 0; i < 100; i++)
        {
            var seed = i;
            answers.GetOpenEnded(0, $"plan{i}", () => { rebuilt++; return Weighing(400_000, seed); });
        }
        Assert.True(100 - rebuilt <= CachedAnswers.MaxOpenEndedBytes / 400_000, $"{100 - rebuilt} answers of 400 KB still held");
    }

    [Fact]
    public void An_open_ended_answer_built_before_a_reload_is_never_found_after_it()
    {
        var answers = new CachedAnswers(Options.Create(new JsonOptions()));
        var before = answers.Generation;
        Assert.NotNull(answers.GetOpenEnded(before, "plan", () => new JsonObject { ["data"] = "old" }));
        Assert.NotNull(answers.OpenEndedIfKept(before, "plan"));
        answers.Clear();
        Assert.NotEqual(before, answers.Generation);
        Assert.Null(answers.OpenEndedIfKept(answers.Generation, "plan"));
        // Built from the old data while the reload happened: kept under the generation read before, never found.
        answers.GetOpenEnded(before, "late", () => new JsonObject { ["data"] = "old" });
        Assert.Null(answers.OpenEndedIfKept(answers.Generation, "late"));
        var rebuilt = false;
        answers.GetOpenEnded(answers.Generation, "late", () => { rebuilt = true; return new JsonObject(); });
        Assert.True(rebuilt);
    }
}
