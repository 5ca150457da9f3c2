using Microsoft.OpenApi;

namespace Maps.Api.OpenData;

/// <summary>
/// Names (operationId, for generated clients) and one-line summaries of the operations whose endpoints do not name
/// themselves, and a description per tag. An endpoint's own WithName/WithSummary wins; the linter in npm test fails
/// on any operation left without either.
/// </summary>
internal static class OperationNames
{
    private static readonly Dictionary<string, (string Id, string Summary)> Operations = new()
    {
        ["GET /oembed"] = ("getOEmbed", "oEmbed answer for a widget address"),
        ["GET /api/layers"] = ("listLayers", "The map layers, with sources and licences"),
        ["GET /api/layers/{id}"] =
            ("getLayer", "One layer as GeoJSON, simplified for a zoom level, optionally within a bbox"),
        ["GET /api/basemap"] = ("listBasemap", "The offline basemap layers, and online tiles where configured"),
        ["GET /api/basemap/{id}"] = ("getBasemapLayer", "One basemap layer as GeoJSON"),
        ["GET /api/trade"] = ("getTradeYear", "China's trade with each Central Asian state in one year"),
        ["GET /api/trade/series"] = ("getTradeSeries", "Every year of trade, both reporters"),
        ["GET /api/trade/context"] = ("getTradeContext", "Regional figures and the capitals the flow lines join"),
        ["GET /api/routes"] = ("listRoutes", "The routes planners compare"),
        ["GET /api/routes/nodes"] = ("listNetworkNodes", "The network's nodes, for planning"),
        ["GET /api/routes/compare"] = ("compareRoutes", "Metrics of two to six routes side by side"),
        ["GET /api/routes/plan"] = ("planRoute", "The best path between two nodes, optionally avoiding countries"),
        ["POST /api/routes/metrics"] = ("measureRoute", "Metrics of a route you drew (GeoJSON LineString or Feature)"),
        ["POST /api/widgets"] = ("createWidget", "Save a map widget and get its embed code"),
        ["GET /api/widgets/{id}"] = ("getWidget", "A saved widget's configuration"),
    };

    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Operations"] = "Health of the running app.",
        ["Layers"] = "The map's layers as RFC 7946 GeoJSON, each feature with its sources.",
        ["Basemap"] = "The offline Natural Earth basemap.",
        ["Trade"] = "China's merchandise trade with the five Central Asian states, China-reported and " +
            "partner-reported kept apart.",
        ["Routes"] = "Route metrics computed from the network's geometry, and the planner.",
        ["Widgets"] = "Embeddable map widgets (a map or the guided tour) and oEmbed.",
        ["Timeline"] = "The dated, sourced events that shaped the corridors, in English, Russian or Chinese.",
        ["OGC API – Features"] = "Every layer for GIS clients (QGIS, GDAL, OWSLib), OGC API – Features Part 1.",
    };

    public static void Apply(OpenApiDocument document)
    {
        foreach (var (path, item) in document.Paths)
            foreach (var (method, operation) in item.Operations ?? [])
                if (Operations.TryGetValue($"{method.Method.ToUpperInvariant()} {path}", out var name))
                {
                    operation.OperationId ??= name.Id;
                    operation.Summary ??= name.Summary;
                }
        foreach (var tag in document.Tags?.AsEnumerable() ?? [])
            if (tag.Name is { } tagName && Tags.TryGetValue(tagName, out var description))
                tag.Description ??= description;
    }
}
