using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Maps.Api.Tests.Timeline;

/// <summary>GET /api/events against geodata/events.json: every event, in date order, in the language asked for, with its sources.</summary>
public sealed partial class TimelineApiTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public TimelineApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private static readonly JsonElement[] FileEvents = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "geodata", "events.json")))
        .RootElement.GetProperty("events").EnumerateArray().ToArray();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    private async Task<JsonElement> Events(string query = "")
    {
        using var response = await client.GetAsync($"/api/events{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Every_event_of_the_file_is_served_in_date_order_with_its_english_text_and_sources()
    {
        var answer = await Events();
        Assert.Equal("en", answer.GetProperty("lang").GetString());
        var events = answer.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(FileEvents.Select(e => e.GetProperty("id").GetString()).Order(), events.Select(e => e.GetProperty("id").GetString()).Order());
        var starts = events.Select(e => e.GetProperty("date").GetString()!.Split('/')[0]).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        foreach (var e in events)
        {
            var id = e.GetProperty("id").GetString()!;
            var source = FileEvents.Single(f => f.GetProperty("id").GetString() == id);
            Assert.Equal(source.GetProperty("title").GetProperty("en").GetString(), e.GetProperty("title").GetString());
            Assert.Equal(int.Parse(e.GetProperty("date").GetString()![..4]), e.GetProperty("year").GetInt32());
            Assert.Equal(source.GetProperty("sources").GetArrayLength(), e.GetProperty("sources").GetArrayLength());
            foreach (var s in e.GetProperty("sources").EnumerateArray().Concat(e.GetProperty("notes").EnumerateArray().SelectMany(n => n.GetProperty("sources").EnumerateArray())))
            {
                Assert.StartsWith("http", s.GetProperty("url").GetString());
                Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("date").GetString()), $"{id}: a source without a date");
            }
            // Every feature named in the file is found, so the map can show it.
            var named = source.GetProperty("features").EnumerateObject().Sum(l => l.Value.GetArrayLength());
            Assert.Equal(named, e.GetProperty("features").GetArrayLength());
            Assert.Equal(4, e.GetProperty("bbox").GetArrayLength());
        }
    }

    [Fact]
    public async Task Lines_and_points_come_with_their_geometry_and_countries_without()
    {
        var events = (await Events()).GetProperty("events").EnumerateArray().ToList();
        var launch = events.Single(e => e.GetProperty("id").GetString() == "cku-construction-launched-2024");
        var sections = launch.GetProperty("features").EnumerateArray().ToList();
        Assert.All(sections, f => Assert.Equal("railways", f.GetProperty("layer").GetString()));
        Assert.Contains(sections, f => f.GetProperty("id").GetString() == "kashgar-torugart");
        Assert.All(sections, f => Assert.Equal("LineString", f.GetProperty("geometry").GetProperty("type").GetString()));
        // Kashgar to Andijan: the box spans the line, from west of Andijan to east of Kashgar.
        var box = launch.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.True(box[0] < 72.4 && box[2] > 75.9, string.Join(",", box));

        var summit = events.Single(e => e.GetProperty("id").GetString() == "c5-virtual-summit-2022");
        Assert.All(summit.GetProperty("features").EnumerateArray(), f => Assert.False(f.TryGetProperty("geometry", out _)));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("zh")]
    public async Task Another_language_gives_its_own_text_for_the_same_events(string lang)
    {
        var english = (await Events()).GetProperty("events").EnumerateArray().ToList();
        var answer = await Events($"?lang={lang}");
        Assert.Equal("project", answer.GetProperty("translation").GetString());
        var events = answer.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(english.Select(e => e.GetProperty("id").GetString()), events.Select(e => e.GetProperty("id").GetString()));
        var script = lang == "ru" ? Cyrillic() : Han();
        foreach (var e in events)
        {
            Assert.Matches(script, e.GetProperty("title").GetString()!);
            Assert.Matches(script, e.GetProperty("summary").GetString()!);
            Assert.All(e.GetProperty("notes").EnumerateArray(), n => Assert.Matches(script, n.GetProperty("text").GetString()!));
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("EN")]
    [InlineData("")]
    [InlineData("en,ru")]
    public async Task An_unknown_language_is_a_400_problem(string lang)
    {
        using var response = await client.GetAsync($"/api/events?lang={Uri.EscapeDataString(lang)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lang", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_answer_is_cached_with_an_etag()
    {
        using var first = await client.GetAsync("/api/events?lang=zh");
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/events?lang=zh");
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
