using System.Text.Json.Nodes;
using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.Languages;
using Maps.Api.OpenData;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Layers;

/// <summary>
/// GET /api/layers, /api/layers/{id} (the mission layers) and /api/basemap/{id} (the offline basemap).
/// </summary>
public static class LayersApi
{
    public static IServiceCollection AddLayers(this IServiceCollection services) =>
        services.AddStoredDataCache<LayerCache>().AddWarmupStep<FirstViewLayers>().AddWarmupStep<EveryZoom>();

    public static void MapLayers(this IEndpointRouteBuilder app)
    {
        var layers = app.MapGroup("/api/layers").WithTags("Layers").AllowCrossOriginReads();
        layers.MapGet("/", ListOverlays).Produces<LayerInfo[]>().ProducesProblem(StatusCodes.Status400BadRequest);
        layers.MapGet("/{id}", (string id, string? zoom, string? bbox, string? lang, LayerCache cache,
                IAtlasStore store, CancellationToken ct) => GetLayer("overlay", id, zoom, bbox, lang, cache, store, ct))
            .Produces<GeoJsonFeatureCollection>(StatusCodes.Status200OK, GeoJsonResult.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        var basemap = app.MapGroup("/api/basemap").WithTags("Basemap").AllowCrossOriginReads();
        basemap.MapGet("/", ListBasemap).Produces<BasemapInfo>();
        basemap.MapGet("/{id}", (string id, string? zoom, string? bbox, LayerCache cache, IAtlasStore store,
                CancellationToken ct) => GetLayer("basemap", id, zoom, bbox, null, cache, store, ct))
            .Produces<GeoJsonFeatureCollection>(StatusCodes.Status200OK, GeoJsonResult.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// The mission layers, titles and descriptions in the language asked for (English where none is given).
    /// </summary>
    internal static async Task<Results<CachedJsonResult, ProblemHttpResult>> ListOverlays(
        string? lang, LayerCache cache, CachedAnswers answers)
    {
        if (!Language.TryParse(lang, out var language, out var problem)) return problem!;
        var key = language == Language.English ? "/api/layers" : $"/api/layers?lang={language}";
        return await answers.GetAsync(key, async () =>
            new JsonArray((await cache.ListAsync("overlay")).Select(l => Describe(l, language)).ToArray<JsonNode?>()));
    }

    /// <summary>The offline layers, and the online tile layer only where configuration switches it on.</summary>
    internal static Task<CachedJsonResult> ListBasemap(
        LayerCache cache, IConfiguration config, CachedAnswers answers) =>
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
            ["layers"] = new JsonArray((await cache.ListAsync("basemap"))
                .Select(l => Describe(l, Language.English)).ToArray<JsonNode?>()),
            ["onlineTiles"] = online,
        };
    }

    private static JsonObject Describe(LayerRecord layer, string language)
    {
        var texts = JsonNode.Parse(layer.TextsJson);
        return new()
        {
            ["id"] = layer.Id,
            ["title"] = Language.Pick(texts?["title"], language) ?? layer.Title,
            ["geometryType"] = layer.GeometryType,
            ["description"] = Language.Pick(texts?["description"], language) ?? layer.Description,
            ["sources"] = JsonNode.Parse(layer.SourcesJson),
            ["licence"] = JsonNode.Parse(layer.LicenceJson),
        };
    }

    private static async Task<Results<GeoJsonResult, ProblemHttpResult>> GetLayer(
        string role, string id, string? zoom, string? bbox, string? lang, LayerCache cache, IAtlasStore store,
        CancellationToken ct)
    {
        var layer = await cache.FindAsync(id);
        if (layer is null || layer.Role != role)
            return Problems.NotFound("Unknown layer",
                $"There is no {(role == "overlay" ? "layer" : "basemap layer")} '{id}'.");
        if (!LayerQuery.TryParse(zoom, bbox, out var query, out var error))
            return Problems.BadRequest("Invalid layer query", error);
        if (!Language.TryParse(lang, out var language, out var problem)) return problem!;

        var payload = await cache.GetAsync(id, query.Zoom, lang is null ? null : language);
        if (query.Bbox is { } boxes)
        {
            var ids = new HashSet<string>();
            foreach (var box in boxes) ids.UnionWith(await store.FindFeatureIdsAsync(id, box, ct));
            var inBox = payload.Features.Where(f => ids.Contains(f.Id)).ToList();
            var body = EncodedBody.Create(LayerCache.Parts(inBox, lang is null ? null : language), cached: false);
            payload = new LayerPayload { Features = inBox, Body = body };
        }
        return new GeoJsonResult(payload);
    }
}
