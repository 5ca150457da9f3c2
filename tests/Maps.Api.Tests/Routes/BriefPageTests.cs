using System.Net;
using System.Text.Json;

namespace Maps.Api.Tests.Routes;

/// <summary>The printable brief: what it shows, in which language, and what it refuses without repeating the input.</summary>
public sealed class BriefPageTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public BriefPageTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<string> Page(string query)
    {
        using var response = await client.GetAsync($"/brief?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("en", "Route comparison brief", "Middle Corridor (Trans-Caspian route)")]
    [InlineData("ru", "Справка: сравнение маршрутов", "Средний коридор")]
    [InlineData("zh", "线路比较简报", "中间走廊")]
    public async Task The_brief_speaks_the_language_asked_for(string lang, string title, string routeName)
    {
        var html = await Page($"routes=middle-corridor,northern-corridor&lang={lang}");
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains(routeName, html);
        Assert.Contains("<svg class=\"brief-map\"", html);
        Assert.Contains($"routes=middle-corridor,northern-corridor&amp;lang={lang}", html);
    }

    [Fact]
    public async Task The_brief_shows_the_ranges_compare_answers_and_their_sources()
    {
        var compare = JsonDocument.Parse(await client.GetStringAsync("/api/routes/compare?ids=sea-suez,cku-railway")).RootElement.GetProperty("routes");
        var html = await Page("routes=sea-suez,cku-railway&lang=en");
        var sea = compare[0].GetProperty("costUsdPerFeu");
        Assert.Contains($"{sea.GetProperty("min").GetDouble():#,0}–{sea.GetProperty("max").GetDouble():#,0} USD/FEU", html);
        Assert.Contains("no published figure", html);
        foreach (var figure in sea.GetProperty("figures").EnumerateArray())
            Assert.Contains(System.Net.WebUtility.HtmlEncode(figure.GetProperty("sources")[0].GetProperty("url").GetString()!), html);
    }

    [Theory]
    [InlineData("ru", "Перевозка обходится до 1,5 раза дороже", "Строится, коммерческая эксплуатация", "Часы на границах — средние CAREC CPMM")]
    [InlineData("zh", "据货运代理AsstrA称", "在建，预计2030年前后开始商业运营", "过境时间为CAREC CPMM")]
    public async Task The_notes_read_in_the_language_of_the_brief(string lang, string surcharge, string transit, string own)
    {
        var html = WebUtility.HtmlDecode(await Page($"routes=middle-corridor,northern-corridor,cku-railway&lang={lang}"));
        var notes = html[html.IndexOf("<section class=\"notes\">", StringComparison.Ordinal)..html.IndexOf("<section class=\"sources\">", StringComparison.Ordinal)];
        Assert.Contains(surcharge, notes);
        Assert.Contains(transit, notes);
        Assert.Contains(own, notes);
        foreach (var english in new[] { "as the forwarder AsstrA puts it", "Under construction", "The range spans", "Hours at borders", "Cost figures differ" })
            Assert.DoesNotContain(english, notes);
    }

    [Fact]
    public async Task The_api_keeps_the_english_notes_and_leaves_the_translations_to_the_brief()
    {
        var middle = JsonDocument.Parse(await client.GetStringAsync("/api/routes/compare?ids=middle-corridor,northern-corridor&lang=ru"))
            .RootElement.GetProperty("routes")[0].GetProperty("costUsdPerFeu").GetProperty("surcharges")[0];
        Assert.Equal("Up to 1.5 times the cost of transport, as the forwarder AsstrA puts it", middle.GetProperty("text").GetString());
        Assert.False(middle.TryGetProperty("texts", out _));
        var english = WebUtility.HtmlDecode(await Page("routes=middle-corridor,northern-corridor&lang=en"));
        Assert.Contains("Middle Corridor (Trans-Caspian route): Up to 1.5 times the cost of transport, as the forwarder AsstrA puts it (AsstrA, 2024-02-17).", english);
    }

    [Theory]
    [InlineData("routes=middle-corridor&lang=fr", HttpStatusCode.BadRequest)]
    [InlineData("routes=a,b,c,d,e&lang=en", HttpStatusCode.BadRequest)]
    [InlineData("routes=sea-suez,sea-suez", HttpStatusCode.BadRequest)]
    [InlineData("lang=en", HttpStatusCode.BadRequest)]
    [InlineData("routes=middle-corridor,%3Cscript%3Ealert(1)%3C%2Fscript%3E", HttpStatusCode.NotFound)]
    public async Task Bad_input_is_a_problem_detail_that_does_not_repeat_it(string query, HttpStatusCode status)
    {
        using var response = await client.GetAsync($"/brief?{query}");
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("script", body);
        Assert.DoesNotContain("fr", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!.Replace("from", ""));
    }
}
