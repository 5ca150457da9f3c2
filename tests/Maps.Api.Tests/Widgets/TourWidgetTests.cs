using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Maps.Api.Tests.Layers;
using Microsoft.Extensions.DependencyInjection;

namespace Maps.Api.Tests.Widgets;

/// <summary>Widgets of type "tour" (the guided tour), and the widgets saved before the type existed.</summary>
public sealed class TourWidgetTests : IDisposable
{
    private readonly AtlasApp app = new(settings: new Dictionary<string, string> { ["Atlas:FrontendPath"] = FrontendStub.Path });
    private readonly HttpClient client;

    public TourWidgetTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private async Task<JsonElement> SaveAndRead(object widget)
    {
        using var created = await client.PostAsJsonAsync("/api/widgets", widget);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/embed/{id}")).StatusCode);
        return JsonDocument.Parse(await client.GetStringAsync($"/api/widgets/{id}")).RootElement;
    }

    [Fact]
    public async Task A_tour_widget_needs_no_layers_and_reads_back_as_a_tour()
    {
        var read = await SaveAndRead(new { type = "tour", title = "The corridors, step by step", caption = "", layers = Array.Empty<string>(), center = new[] { 41.0, 76.0 }, zoom = 4 });
        Assert.Equal("tour", read.GetProperty("type").GetString());
        Assert.Empty(read.GetProperty("layers").EnumerateArray());
    }

    [Fact]
    public async Task A_widget_without_a_type_is_a_map_as_before()
    {
        var read = await SaveAndRead(new { title = "Hubs", layers = new[] { "hubs" }, center = new[] { 41.0, 76.0 }, zoom = 4 });
        Assert.Equal("map", read.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_widget_stored_before_the_type_existed_still_loads_as_a_map()
    {
        // As widgets were saved before this change: no "type" member.
        using (var scope = app.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<Maps.Api.Widgets.IWidgetStore>();
            await store.SaveAsync("oldwidget1", """{"title":"Old","caption":"","layers":["borders"],"year":null,"center":[41,76],"zoom":4,"basemap":"offline"}""", CancellationToken.None);
        }
        var read = JsonDocument.Parse(await client.GetStringAsync("/api/widgets/oldwidget1")).RootElement;
        Assert.Equal("map", read.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/embed/oldwidget1")).StatusCode);
    }

    [Theory]
    [InlineData("slideshow", "type")]
    [InlineData("map", "layers")]
    public async Task A_bad_type_or_a_map_without_layers_is_422_naming_the_field(string type, string field)
    {
        var problem = await LayersApiTests.AssertProblem(
            await client.PostAsJsonAsync("/api/widgets", new { type, title = "x", layers = Array.Empty<string>(), center = new[] { 41.0, 76.0 }, zoom = 4 }),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}");
    }

    [Fact]
    public async Task A_tour_still_refuses_unknown_layers()
    {
        var problem = await LayersApiTests.AssertProblem(
            await client.PostAsJsonAsync("/api/widgets", new { type = "tour", title = "x", layers = new[] { "rivers" }, center = new[] { 41.0, 76.0 }, zoom = 4 }),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("layers", out _));
    }
}
