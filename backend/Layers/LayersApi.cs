using System.Text.Json.Nodes;
using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.OpenData;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Layers;

/// <summary>GET /api/layers, /api/layers/{id} (the mission layers) and /api/basemap/{id} (the offline basemap).</summary>
public static class LayersApi
{
    public static IServiceCollection AddLayers(this IServiceCollection services) =>
        services.AddSingleton<LayerCache>();

    public static void MapLayers(this IEndpointRouteBuilder app)
    {
        var layers = app.MapGroup("/api/layers").WithTags("Layers").AllowCrossOriginReads();
        layers.MapGet("/", ListOverlays).Produces<LayerInfo[]>();
        layers.MapGet("/{id}", (string id, string? zoom, string? bbox, LayerCache cache, IAtlasStore store, CancellationToken ct) =>
            GetLayer("overlay", id, zoom, bbox, cache, store, ct))
            .Produces<GeoJsonFeatureCollection>(StatusCodes.Status200OK, GeoJsonResult.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        var basemap = app.MapGroup("/api/basemap").WithTags("Basemap").AllowCrossOriginReads();
        basemap.MapGet("/", ListBasemap).Produces<BasemapInfo>();
        basemap.MapGet("/{id}", (string id, string? zoom, string? bbox, LayerCache cache, IAtlasStore store, CancellationToken ct) =>
            GetLayer("basemap", id, zoom, bbox, cache, store, ct))
            .Produces<GeoJsonFeatureCollection>(StatusCodes.Status200OK, GeoJsonResult.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static Task<CachedJsonResult> ListOverlays(LayerCache cache, CachedAnswers answers) =>
        answers.GetAsync("/api/layers", async () => new JsonArray((await cache.ListAsync("overlay")).Select(Describe).ToArray<JsonNode?>()));

    /// <summary>The offline layers, and the online tile layer only where configuration switches it on.</summary>
    internal static Task<CachedJsonResult> ListBasemap(LayerCache cache, IConfiguration config, CachedAnswers answers) =>
        answers.GetAsync("/api/basemap", () => DescribeBasemap(cache, config));

    private static async Task<JsonNode> DescribeBasemap(LayerCache cache, IConfiguration config)
    {
        var tiles = config.GetSection("Atlas:OnlineTiles");
        JsonNode? online = string.IsNullOrWhiteSpace(tiles["Url"]) ? null : new JsonObject
        {
            ["url"] = tiles["Url"],
            ["attribution"] = tiles["Attribution"] ?? "© OpenStreetMap contributors",
            ["maxZoom"] = int.TryParse(tiles["MaxZoom"], out var max) ? max : 19,
        };
        return new JsonObject
        {
            ["layers"] = new JsonArray((await cache.ListAsync("basemap")).Select(Describe).ToArray<JsonNode?>()),
            ["onlineTiles"] = online,
        };
    }

    private static JsonObject Describe(LayerRecord layer) => new()
    {
        ["id"] = layer.Id,
        ["title"] = layer.Title,
        ["geometryType"] = layer.GeometryType,
        ["description"] = layer.Description,
        ["sources"] = JsonNode.Parse(layer.SourcesJson),
        ["licence"] = JsonNode.Parse(layer.LicenceJson),
    };

    private static async Task<Results<GeoJsonResult, ProblemHttpResult>> GetLayer(
        string role, string id, string? zoom, string? bbox, LayerCache cache, IAtlasStore store, CancellationToken ct)
    {
        var layer = await cache.FindAsync(id);
        if (layer is null || layer.Role != role)
            return Problems.NotFound("Unknown layer", $"There is no {(role == "overlay" ? "layer" : "basemap layer")} '{id}'.");
        if (!LayerQuery.TryParse(zoom, bbox, out var query, out var error))
            return Problems.BadRequest("Invalid layer query", error);

        var payload = await cache.GetAsync(id, query.Zoom);
        if (query.Bbox is { } boxes)
        {
            var ids = new HashSet<string>();
            foreach (var box in boxes) ids.UnionWith(await store.FindFeatureIdsAsync(id, box, ct));
            payload = LayerPayload.Create(payload.Features.Where(f => ids.Contains(f.Id)).ToList(), cached: false);
        }
        return new GeoJsonResult(payload);
    }
}
