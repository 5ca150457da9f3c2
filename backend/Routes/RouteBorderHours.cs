using System.Text.Json.Nodes;

namespace Maps.Api.Routes;

/// <summary>
/// Hours at the border points a path passes, as CAREC CPMM measures them: the range of every figure, and totals that
/// add up each place's lowest and highest figure (a crossing is its two countries' border points).
/// </summary>
public static class RouteBorderHours
{
    public static JsonObject Of(RouteFigures data, IReadOnlyCollection<string> nodes)
    {
        var figures = RouteFigures.Items(data.BorderHours, "figures").Where(f => RouteFigures.Touches(f, nodes))
            .OrderBy(f => f["place"]!.GetValue<string>()).ThenBy(f => f["year"]!.GetValue<int>()).ToList();
        double Hours(JsonObject f) => f["hours"]!.GetValue<double>();
        var places = figures.GroupBy(f => f["place"]!.GetValue<string>()).ToList();
        return new JsonObject
        {
            ["min"] = figures.Count > 0 ? figures.Min(Hours) : null,
            ["max"] = figures.Count > 0 ? figures.Max(Hours) : null,
            ["totalMin"] = figures.Count > 0 ? Math.Round(places.Sum(p => p.Min(Hours)), 1) : null,
            ["totalMax"] = figures.Count > 0 ? Math.Round(places.Sum(p => p.Max(Hours)), 1) : null,
            ["places"] = new JsonArray(places.Select(p => (JsonNode?)p.Key).ToArray()),
            ["basis"] = figures.Count > 0 ? "published" : "none",
            ["note"] = figures.Count > 0
                ? "CAREC CPMM's hours per border point by year and direction; "
                    + "the totals add each place's lowest and highest figure."
                : RouteFigures.NoFigure,
            ["figures"] = new JsonArray(figures.Select(f => (JsonNode?)new JsonObject
            {
                ["place"] = f["place"]!.DeepClone(), ["mode"] = f["mode"]!.DeepClone(),
                ["direction"] = f["direction"]!.DeepClone(), ["year"] = f["year"]!.DeepClone(),
                ["hours"] = f["hours"]!.DeepClone(), ["reporter"] = f["reporter"]!.DeepClone(),
                ["sources"] = f["sources"]!.DeepClone(),
            }).ToArray()),
        };
    }
}
