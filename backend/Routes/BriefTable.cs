using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Maps.Api.Routes;

/// <summary>
/// The brief's table, one column per route: each cell a range with the numbers of its sources, or "no published
/// figure"; cost cells list every dated figure under the range, so the swings show on paper too.
/// </summary>
public static class BriefTable
{
    public static string Html(BriefText.Words w, IReadOnlyList<JsonObject> routes, BriefSources sources)
    {
        var head = new StringBuilder($"<th scope=\"col\">{BriefPage.E(w.Route)}</th>");
        for (var i = 0; i < routes.Count; i++)
        {
            var (colour, dash) = BriefMap.Styles[i % BriefMap.Styles.Length];
            var dashes = dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "";
            var swatch = "<svg class=\"swatch\" viewBox=\"0 0 40 8\" aria-hidden=\"true\">"
                + $"<path d=\"M0 4H40\" stroke=\"{colour}\" stroke-width=\"4\"{dashes}/></svg>";
            head.Append($"<th scope=\"col\">{swatch} {BriefPage.E(Text(routes[i]["name"]))}</th>");
        }
        var rows = new (string Label, Func<JsonObject, string> Cell)[]
        {
            (w.Length, r => $"{N(r["lengthKm"])} {w.Km}"),
            (w.Days, r => Days(r["transitDays"] as JsonObject, w, sources)),
            (w.BorderHours, r => Hours(r["borderHours"] as JsonObject, "min", "max", w, sources)),
            (w.BorderTotal, r => Hours(r["borderHours"] as JsonObject, "totalMin", "totalMax", w, null)),
            (w.Cost, r => Cost(r["costUsdPerFeu"] as JsonObject, w, sources)),
            (w.Co2, r => $"{Range(r["co2"]?["min"], r["co2"]?["max"])} {w.KgPerTeu} "
                + sources.Cite(Co2Sources(r["co2"]))),
            (w.Tightest, r => Tightest(r["tightestLink"] as JsonObject, w, sources)),
            (w.Countries, r => string.Join(" → ", (r["countries"] as JsonArray ?? []).Select(c => Text(c)))),
        };
        var body = string.Concat(rows.Select(row =>
            $"<tr><th scope=\"row\">{BriefPage.E(row.Label)}</th>"
            + $"{string.Concat(routes.Select(r => $"<td>{row.Cell(r)}</td>"))}</tr>"));
        return $"<table class=\"brief-table\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>";
    }

    private static string Days(JsonObject? days, BriefText.Words w, BriefSources sources)
    {
        // Where no time is published the sources say why (the notes carry it): they are cited all the same.
        if (days?["min"] is null) return $"{BriefPage.E(w.NoFigure)} {sources.Cite(days?["sources"])}".TrimEnd();
        var basis = Text(days["basis"]) == "indicative" ? " *" : "";
        return $"{Range(days["min"], days["max"])} {w.DaysUnit}{basis} {sources.Cite(days["sources"])}";
    }

    private static string Hours(JsonObject? hours, string low, string high, BriefText.Words w, BriefSources? sources)
    {
        if (hours?[low] is null) return BriefPage.E(w.NoFigure);
        var cited = sources?.Cite(new JsonArray((hours["figures"] as JsonArray ?? [])
            .SelectMany(f => f!["sources"] as JsonArray ?? [])
            .Select(s => s!.DeepClone()).ToArray())) ?? "";
        return $"{Range(hours[low], hours[high])} {w.Hours} {cited}";
    }

    private static string Cost(JsonObject? cost, BriefText.Words w, BriefSources sources)
    {
        var figures = (cost?["figures"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (figures.Count == 0) return BriefPage.E(w.NoFigure);
        var range = cost!["min"] is null ? BriefPage.E(w.NoFigure)
            : $"<strong>{Range(cost["min"], cost["max"])} {w.UsdPerFeu}</strong>";
        var list = figures.Select(f =>
        {
            var value = f["valueMax"] is null ? N(f["value"]) : $"{N(f["value"])}–{N(f["valueMax"])}";
            var unit = Text(f["unit"]) == RouteCost.Unit ? "" : $" {BriefPage.E(Text(f["unit"]))}";
            var mark = f["comparable"]?.GetValue<bool>() == true ? "" : " ≠";
            var when = BriefPage.E(RouteCost.Date(f));
            return $"{value}{unit} ({when}, {BriefPage.E(Text(f["covers"]))}){mark} {sources.Cite(f["sources"])}";
        });
        return $"{range}<span class=\"figures\">{string.Join("; ", list)}</span>";
    }

    private static string Tightest(JsonObject? link, BriefText.Words w, BriefSources sources)
    {
        if (link is null) return BriefPage.E(w.NoFigure);
        var percent = Math.Round(link["utilisation"]!.GetValue<double>() * 100);
        return $"{BriefPage.E(Text(link["name"]))}: {percent.ToString(CultureInfo.InvariantCulture)}% "
            + $"({N(link["throughput"]?["value"])} / {N(link["capacity"]?["value"])} "
            + $"{BriefPage.E(Text(link["capacity"]?["unit"]))}) "
            + sources.Cite(new JsonArray((link["capacity"]?["sources"] as JsonArray ?? [])
                .Concat(link["throughput"]?["sources"] as JsonArray ?? [])
                .Select(s => s!.DeepClone()).ToArray()));
    }

    private static JsonArray Co2Sources(JsonNode? co2) =>
        new((co2?["byMode"] as JsonObject ?? []).SelectMany(m => m.Value?["sources"] as JsonArray ?? [])
            .Select(s => s!.DeepClone()).ToArray());

    /// <summary>"1,299–9,092", or one number where the range is one figure.</summary>
    public static string Range(JsonNode? min, JsonNode? max) => N(min) == N(max) ? N(min) : $"{N(min)}–{N(max)}";

    /// <summary>A number as the table prints it: thousands grouped, at most one decimal.</summary>
    public static string N(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<double>(out var d)
            ? d.ToString(d >= 100 ? "#,0" : "#,0.#", CultureInfo.InvariantCulture) : "–";

    public static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
