using System.Text.Json.Nodes;

namespace Maps.Api.Routes;

/// <summary>
/// Transit days: the spread of every published figure when the route has them, unknown (with why) when the data says
/// none exist, and otherwise indicative from distance by mode.
/// </summary>
public static class RouteTransit
{
    public const string IndicativeNote = "No published transit time for this route: its distance by mode over "
        + "indicative daily distances, without border or port dwell times.";

    public static JsonObject Of(
        JsonArray? published, JsonObject? unknown, JsonArray? comparisons, Dictionary<string, double> kmByMode,
        JsonObject factors, string? rangeNote = null)
    {
        var transit = published is { Count: > 0 } ? Published(published, rangeNote)
            : unknown is not null ? Unknown(unknown)
            : Indicative(kmByMode, factors);
        if (comparisons is { Count: > 0 }) transit["comparisons"] = comparisons.DeepClone();
        return transit;
    }

    /// <summary>
    /// Conflicting published claims are all kept, the slow ones with the fast: the range spans every figure for the
    /// whole route between the same endpoints, and every figure, partial or for other endpoints too, is listed with its
    /// date, scope and sources. The route's range note says which endpoints the range stands for.
    /// </summary>
    private static JsonObject Published(JsonArray figures, string? rangeNote)
    {
        var items = figures.Select(f => f!.AsObject()).ToList();
        var whole = items.Where(f => f["scope"]?.GetValue<string>() is not ("part" or "other-endpoints")).ToList();
        if (whole.Count == 0) whole = items;
        // One source may give two figures (now and before): it is listed once.
        var sources = new JsonArray(whole.SelectMany(f => f["sources"]!.AsArray())
            .DistinctBy(s => s!["url"]?.GetValue<string>() ?? s!.ToJsonString()).Select(s => s!.DeepClone()).ToArray());
        var dates = whole.Select(f => f["asOf"]?.GetValue<string>()).OfType<string>().Order().ToList();
        var transit = new JsonObject
        {
            ["min"] = whole.Min(f => f["minDays"]!.GetValue<double>()),
            ["max"] = whole.Max(f => f["maxDays"]!.GetValue<double>()),
            ["basis"] = "published",
            ["spread"] = new JsonObject
            {
                ["figures"] = whole.Count,
                ["from"] = dates.Count > 0 ? dates[0] : null,
                ["to"] = dates.Count > 0 ? dates[^1] : null,
            },
            ["source"] = sources[0]?.DeepClone(),
            ["sources"] = sources,
            ["figures"] = new JsonArray(items.Select(f => (JsonNode?)f.DeepClone()).ToArray()),
        };
        if (rangeNote is not null) transit["note"] = rangeNote;
        return transit;
    }

    private static JsonObject Unknown(JsonObject note)
    {
        var sources = note["sources"]!.AsArray();
        return new JsonObject
        {
            ["min"] = null, ["max"] = null, ["basis"] = "none",
            ["note"] = note["text"]!.GetValue<string>(),
            ["source"] = sources.Count > 0 ? sources[0]!.DeepClone() : null,
            ["sources"] = sources.DeepClone(),
            ["figures"] = new JsonArray(),
        };
    }

    /// <summary>With no published figure, distance over the indicative daily distance of each mode.</summary>
    private static JsonObject Indicative(Dictionary<string, double> byMode, JsonObject factors)
    {
        var used = byMode.Where(m => m.Value > 0).ToList();
        var sources = new JsonArray(used.SelectMany(m => factors["kmPerDay"]![m.Key]!["sources"]!.AsArray())
            .Select(s => s!.DeepClone()).ToArray());
        double Speed(string mode, string field) => factors["kmPerDay"]?[mode]?[field]?.GetValue<double>() ?? 0;
        return new JsonObject
        {
            ["min"] = Math.Round(used.Sum(m => m.Value / Speed(m.Key, "max")), 1),
            ["max"] = Math.Round(used.Sum(m => m.Value / Speed(m.Key, "min")), 1),
            ["basis"] = "indicative",
            ["note"] = IndicativeNote,
            ["source"] = sources.Count > 0 ? sources[0]!.DeepClone() : null,
            ["sources"] = sources,
            ["figures"] = new JsonArray(),
        };
    }
}
