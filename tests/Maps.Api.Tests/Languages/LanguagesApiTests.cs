using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Maps.Api.Tests.Layers;
using Maps.Api.Tests.Widgets;

namespace Maps.Api.Tests.Languages;

/// <summary>lang=en|ru|zh on the layers, routes, widgets and embeds: names where a source gives them, English otherwise.</summary>
public sealed class LanguagesApiTests : IDisposable
{
    private readonly AtlasApp app = new(settings: new Dictionary<string, string> { ["Atlas:FrontendPath"] = FrontendStub.Path });
    private readonly HttpClient client;

    public LanguagesApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Dictionary<string, JsonElement> ById(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("properties"));

    [Theory]
    [InlineData("ru", "Казахстан", "Китай", "Россия")]
    [InlineData("zh", "哈萨克斯坦", "中国", "俄罗斯")]
    [InlineData("en", "Kazakhstan", "China", "Russia")]
    public async Task Countries_are_named_in_the_language_asked_for(string lang, string kaz, string chn, string rus)
    {
        var borders = ById(await GetJson($"/api/layers/borders?zoom=3&lang={lang}"));
        Assert.Equal([kaz, chn, rus], new[] { "KAZ", "CHN", "RUS" }.Select(id => borders[id].GetProperty("name").GetString()));
        // Every language stays in names; the label point lies where the build put it.
        Assert.Equal("Казахстан", borders["KAZ"].GetProperty("names").GetProperty("ru").GetString());
        Assert.Equal(2, borders["KAZ"].GetProperty("labelPoint").GetArrayLength());
    }

    [Fact]
    public async Task A_name_no_source_gives_falls_back_to_english_and_no_answer_carries_the_translations()
    {
        var hubs = ById(await GetJson("/api/layers/hubs?lang=zh"));
        Assert.Equal("Akhalkalaki", hubs["akhalkalaki"].GetProperty("name").GetString());
        Assert.Equal("阿拉山口", hubs["alashankou"].GetProperty("name").GetString());
        var summits = ById(await GetJson("/api/layers/summits?lang=ru"));
        Assert.Equal("Сиань", summits["summit-2023-xian"].GetProperty("name").GetString());
        Assert.Equal("Первый саммит «Китай — Центральная Азия»", summits["summit-2023-xian"].GetProperty("title").GetString());
        Assert.False(summits["summit-2023-xian"].TryGetProperty("translations", out _));
        // Without lang, a feature keeps every language it has: the page picks its own from one cached payload.
        var all = ById(await GetJson("/api/layers/summits"));
        Assert.Equal("First China–Central Asia Summit", all["summit-2023-xian"].GetProperty("title").GetString());
        Assert.True(all["summit-2023-xian"].GetProperty("translations").TryGetProperty("zh", out _));
    }

    [Fact]
    public async Task Layer_titles_and_descriptions_follow_the_language()
    {
        var en = await GetJson("/api/layers");
        var ru = await GetJson("/api/layers?lang=ru");
        Assert.Equal(en.EnumerateArray().Select(l => l.GetProperty("id").GetString()), ru.EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("Borders", en[0].GetProperty("title").GetString());
        Assert.Equal("Границы", ru[0].GetProperty("title").GetString());
        Assert.All(ru.EnumerateArray(), l => Assert.Matches("[А-Яа-яЁё]", l.GetProperty("description").GetString()));
        var zh = await GetJson("/api/layers?lang=zh");
        Assert.Equal("中间走廊", zh.EnumerateArray().Single(l => l.GetProperty("id").GetString() == "corridors").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/layers?lang=fr")]
    [InlineData("/api/layers/borders?lang=RU")]
    [InlineData("/api/layers/hubs?lang=")]
    [InlineData("/api/routes?lang=de")]
    [InlineData("/api/routes/nodes?lang=zh-Hant")]
    [InlineData("/api/routes/compare?ids=middle-corridor,cku-railway&lang=xx")]
    [InlineData("/api/routes/plan?from=xian&to=istanbul&lang=en-GB")]
    public async Task An_unknown_language_is_a_400_problem_detail(string path)
    {
        using var response = await client.GetAsync(path);
        var problem = await LayersApiTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("lang", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Routes_and_their_nodes_and_sections_are_named_in_the_language()
    {
        var routes = await GetJson("/api/routes?lang=zh");
        Assert.Equal("中吉乌铁路", routes.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "cku-railway").GetProperty("name").GetString());
        var nodes = (await GetJson("/api/routes/nodes?lang=ru")).EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("name").GetString());
        Assert.Equal("Алматы", nodes["almaty"]);
        Assert.Equal("Lanzhou", nodes["lanzhou"]);
        var compare = await GetJson("/api/routes/compare?ids=middle-corridor,cku-railway&lang=ru");
        var middle = compare.GetProperty("routes")[0];
        Assert.StartsWith("Средний коридор", middle.GetProperty("name").GetString());
        Assert.Contains(middle.GetProperty("sections").EnumerateArray(), s => s.GetProperty("name").GetString() == "Алтынколь — Алматы");
        var plan = await GetJson("/api/routes/plan?from=almaty&to=tbilisi&lang=ru");
        Assert.Equal("Алматы → Тбилиси", plan.GetProperty("name").GetString());
        // English is what answers without lang, unchanged.
        var english = await GetJson("/api/routes/plan?from=almaty&to=tbilisi");
        Assert.Equal("Almaty → Tbilisi", english.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_widget_keeps_its_language_and_an_old_widget_without_one_stays_valid()
    {
        var widget = new { title = "Карта", caption = "", layers = new[] { "borders" }, year = (int?)null, center = new[] { 42.0, 72.0 }, zoom = 4, basemap = "offline", lang = "ru" };
        using var created = await client.PostAsJsonAsync("/api/widgets", widget);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        Assert.Equal("ru", (await GetJson($"/api/widgets/{id}")).GetProperty("lang").GetString());
        Assert.Contains("<html lang=\"ru\">", await client.GetStringAsync($"/embed/{id}"));

        using var old = await client.PostAsJsonAsync("/api/widgets", widget with { lang = (string)null! });
        Assert.Equal(HttpStatusCode.Created, old.StatusCode);
        var oldId = JsonDocument.Parse(await old.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        Assert.False((await GetJson($"/api/widgets/{oldId}")).TryGetProperty("lang", out _));

        var bad = await LayersApiTests.AssertProblem(await client.PostAsJsonAsync("/api/widgets", widget with { lang = "fr" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(bad.GetProperty("errors").TryGetProperty("lang", out _));
    }

    [Fact]
    public async Task An_unsaved_embed_in_chinese_says_so_in_its_page()
    {
        var page = await client.GetStringAsync("/embed?layers=borders&lang=zh");
        Assert.Contains("<html lang=\"zh-Hans\">", page);
        Assert.Contains("Corridor Atlas 地图", page);
        Assert.Contains("<html lang=\"en\">", await client.GetStringAsync("/embed?layers=borders&lang=fr"));
    }
}
