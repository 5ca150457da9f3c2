using System.Text.Json.Nodes;

namespace Maps.Api.Routes;

/// <summary>
/// Cost per container as the spread of published figures: the range spans the comparable ones (the whole route, per
/// FEU); every figure is listed with its reporter, date and scope, and an index that gives a series is kept as one.
/// </summary>
public static class RouteCost
{
    public const string Unit = "USD/FEU";

    public const string NoneComparable =
        "No published figure prices the whole route per FEU; the figures listed cover part of it or another unit.";

    public const string SomeComparable = "The range spans the figures that price the whole route per FEU; "
        + "the others cover part of it, another direction or another unit.";

    public static JsonObject Of(RouteFigures data, string? routeId)
    {
        List<JsonObject> Of(string list) =>
            routeId is null ? [] : RouteFigures.Items(data.Costs, list).Where(f => RouteFigures.Names(f, routeId))
                .ToList();
        var figures = Of("figures");
        var surcharges = routeId is null ? [] : Surcharges(data, routeId).ToList();
        var comparable = figures
            .Where(f => f["comparable"]?.GetValue<bool>() == true && f["unit"]?.GetValue<string>() == Unit).ToList();
        var seriesIds = figures.Select(f => f["series"]?.GetValue<string>()).OfType<string>().Distinct().ToList();
        return new JsonObject
        {
            ["min"] = comparable.Count > 0 ? comparable.Min(f => f["value"]!.GetValue<double>()) : null,
            ["max"] = comparable.Count > 0
                ? comparable.Max(f => (f["valueMax"] ?? f["value"])!.GetValue<double>()) : null,
            ["unit"] = Unit,
            ["basis"] = comparable.Count > 0 ? "published" : "none",
            ["note"] = figures.Count == 0 ? RouteFigures.NoFigure
                : comparable.Count == 0 ? NoneComparable
                : comparable.Count < figures.Count ? SomeComparable
                : null,
            ["figures"] = new JsonArray(figures.OrderBy(Date).Select(Figure).ToArray()),
            ["series"] = new JsonArray(seriesIds.Select(id => Series(data, id, figures)).OfType<JsonNode>().ToArray()),
            // A surcharge's translations (texts) are for the brief, which reads them from the
            // data; the answer keeps its text.
            ["surcharges"] = new JsonArray(surcharges.Select(s => (JsonNode?)Without(s, "routes", "texts")).ToArray()),
        };
    }

    /// <summary>Year or date as text, so figures sort in time whichever the source gives.</summary>
    public static string Date(JsonObject figure) =>
        figure["asOf"]?.GetValue<string>()
        ?? figure["year"]?.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static JsonNode Figure(JsonObject figure) => Without(figure, "routes");

    /// <summary>The published surcharges of a route against another, as the data has them.</summary>
    public static IEnumerable<JsonObject> Surcharges(RouteFigures data, string routeId) =>
        RouteFigures.Items(data.Costs, "surcharges").Where(s => RouteFigures.Names(s, routeId));

    /// <summary>A series' points for this route in time order (a chart's line), with what it measures.</summary>
    private static JsonNode? Series(RouteFigures data, string id, List<JsonObject> figures)
    {
        var about = RouteFigures.Items(data.Costs, "series").FirstOrDefault(s => s["id"]?.GetValue<string>() == id);
        if (about is null) return null;
        var series = (JsonObject)about.DeepClone();
        series["points"] = new JsonArray(figures.Where(f => f["series"]?.GetValue<string>() == id).OrderBy(Date)
            .Select(f => (JsonNode?)new JsonObject
            {
                ["asOf"] = Date(f), ["value"] = f["value"]!.GetValue<double>(), ["sources"] = f["sources"]!.DeepClone(),
            }).ToArray());
        return series;
    }

    private static JsonObject Without(JsonObject item, params string[] names)
    {
        var copy = (JsonObject)item.DeepClone();
        foreach (var name in names) copy.Remove(name);
        return copy;
    }
}
