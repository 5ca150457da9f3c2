using System.Text.Json.Nodes;

namespace Maps.Api.Routes;

/// <summary>
/// The brief's notes on comparability, in its language: the project's own (BriefText.Notes), and the data's own notes,
/// a route's transit note and its cost surcharges, from their texts ({ ru, zh } beside the English text; English
/// where a language has none).
/// </summary>
public static class BriefNotes
{
    public static IReadOnlyList<string> Of(
        IReadOnlyList<RouteDefinition> routes, IReadOnlyList<JsonObject> answers, RouteFigures figures, string language)
    {
        var words = BriefText.Notes[language];
        var notes = new List<(string Route, string Text)>();
        foreach (var (route, answer) in routes.Zip(answers))
        {
            var name = BriefTable.Text(answer["name"]);
            // Why a route has no transit time (the data's note), or how an indicative one was reckoned.
            var basis = BriefTable.Text(answer["transitDays"]?["basis"]);
            if (basis == "none" && route.TransitNote is { } transit) notes.Add((name, InLanguage(transit, language)));
            else if (basis == "indicative") notes.Add((name, words.Indicative));
            var cost = BriefTable.Text(answer["costUsdPerFeu"]?["note"]);
            if (cost == RouteCost.NoneComparable) notes.Add((name, words.NoneComparable));
            else if (cost == RouteCost.SomeComparable) notes.Add((name, words.SomeComparable));
            foreach (var s in RouteCost.Surcharges(figures, route.Id))
                notes.Add((name,
                    $"{InLanguage(s, language)} ({BriefTable.Text(s["reporter"])}, {BriefTable.Text(s["asOf"])})."));
        }
        // A note that holds for several routes is said once, after their names: the page has room for little.
        return notes.GroupBy(n => n.Text)
            .Select(g => $"{string.Join("; ", g.Select(n => n.Route).Distinct())}: {g.Key}")
            .Append(words.CostScope).Append(words.BorderHours).ToList();
    }

    /// <summary>A note's text in the language: its texts' translation, else the English text.</summary>
    private static string InLanguage(JsonObject note, string language) =>
        BriefTable.Text(note["texts"]?[language]) is { Length: > 0 } translated
            ? translated
            : BriefTable.Text(note["text"]);
}
