using System.Text.Json.Nodes;

namespace Maps.Api.Routes;

/// <summary>
/// Volumes by year, one series per reporter, and the links where a published capacity meets a published throughput:
/// the tightest link of a path is the one it passes with the highest utilisation.
/// </summary>
public static class RouteCapacity
{
    /// <summary>The answer of GET /api/routes/volumes.</summary>
    public static JsonObject Volumes(RouteFigures data) => new()
    {
        ["series"] = new JsonArray(RouteFigures.Items(data.Volumes, "series").Select(s => (JsonNode?)s.DeepClone())
            .ToArray()),
        ["links"] = new JsonArray(RouteFigures.Items(data.Volumes, "links").Select(l => (JsonNode?)Link(data, l))
            .ToArray()),
    };

    /// <summary>The link with the highest utilisation of those the path passes all of; null if none.</summary>
    public static JsonObject? Tightest(RouteFigures data, IReadOnlyCollection<string> nodes) =>
        RouteFigures.Items(data.Volumes, "links").Where(l => RouteFigures.Passes(l, nodes)).Select(l => Link(data, l))
            .OrderByDescending(l => l["utilisation"]!.GetValue<double>()).FirstOrDefault();

    /// <summary>A link with its throughput read from the series it names, and throughput over capacity.</summary>
    private static JsonObject Link(RouteFigures data, JsonObject link)
    {
        var reference = link["throughput"]!.AsObject();
        var seriesId = reference["series"]!.GetValue<string>();
        var year = reference["year"]!.GetValue<int>();
        var series = RouteFigures.Items(data.Volumes, "series").Single(s => s["id"]!.GetValue<string>() == seriesId);
        var point = series["points"]!.AsArray().OfType<JsonObject>().Single(p => p["year"]!.GetValue<int>() == year);
        var capacity = link["capacity"]!.AsObject();
        var value = point["value"]!.GetValue<double>();
        return new JsonObject
        {
            ["id"] = link["id"]!.DeepClone(),
            ["name"] = link["name"]!.DeepClone(),
            ["nodes"] = link["nodes"]!.DeepClone(),
            ["capacity"] = capacity.DeepClone(),
            ["throughput"] = new JsonObject
            {
                ["value"] = value, ["unit"] = series["unit"]!.DeepClone(), ["year"] = year,
                ["reporter"] = series["reporter"]!.DeepClone(), ["sources"] = point["sources"]!.DeepClone(),
            },
            ["utilisation"] = Math.Round(value / capacity["value"]!.GetValue<double>(), 2),
        };
    }
}
