using System.Text.Json.Nodes;

namespace Maps.Api.Routes;

/// <summary>
/// One leg of a route with the length a planner should use: the railway's published length where the route runs over
/// a whole published line or section (shared out over its segments by their drawn lengths), the drawing elsewhere.
/// </summary>
public sealed record RouteSection(RouteLeg Leg, double LengthKm, PublishedLine? Published)
{
    public string Basis => Published is null ? "geometry" : "published";

    /// <summary>
    /// Published over drawn: the factor that turns the leg's drawn country pieces into lengths on the ground.
    /// </summary>
    public double Scale => Leg.LengthKm > 0 ? LengthKm / Leg.LengthKm : 1;
}

public static class RouteSections
{
    /// <summary>For each leg, the shortest published line it belongs to that the route covers whole, if any.</summary>
    public static IReadOnlyList<RouteSection> Of(RouteNetwork network, IReadOnlyList<RouteLeg> legs)
    {
        var onRoute = legs.Where(l => l.Segment is not null).Select(l => l.Segment!.Id).ToHashSet();
        return legs.Select(leg =>
        {
            if (leg.Segment is not { } segment) return new RouteSection(leg, leg.LengthKm, null);
            var line = network.LinesOf(segment.Id).FirstOrDefault(l => l.Segments.All(onRoute.Contains));
            return line is null || line.DrawnKm <= 0
                ? new RouteSection(leg, leg.LengthKm, null)
                : new RouteSection(leg, leg.LengthKm * line.Km / line.DrawnKm, line);
        }).ToList();
    }

    public static Dictionary<string, double> ByCountry(IEnumerable<RouteSection> sections)
    {
        var byCountry = new Dictionary<string, double>();
        foreach (var section in sections)
            foreach (var piece in section.Leg.Countries)
                byCountry[piece.Iso3] = byCountry.GetValueOrDefault(piece.Iso3) + piece.LengthKm * section.Scale;
        return byCountry;
    }

    public static JsonArray ToJson(IReadOnlyList<RouteSection> sections) =>
        new(sections.Select((s, i) => (JsonNode?)Section(s, i)).ToArray());

    private static JsonObject Section(RouteSection section, int index)
    {
        var leg = section.Leg;
        var json = new JsonObject
        {
            ["id"] = leg.Segment?.Id ?? $"leg-{index + 1}",
            ["name"] = leg.Segment?.Name ?? leg.StartPlace,
            ["mode"] = leg.Mode,
            ["status"] = leg.Segment?.Status,
            ["lengthKm"] = Math.Round(section.LengthKm, 1),
            ["geometryKm"] = Math.Round(leg.LengthKm, 1),
            ["basis"] = section.Basis,
            ["lengthByCountryKm"] = new JsonObject(leg.Countries.GroupBy(c => c.Iso3)
                .Select(g => KeyValuePair.Create(
                    g.Key, (JsonNode?)Math.Round(g.Sum(c => c.LengthKm) * section.Scale, 1)))),
        };
        if (section.Published is { } line)
        {
            json["published"] = new JsonObject
            {
                ["line"] = line.Id, ["name"] = line.Name, ["km"] = Math.Round(line.Km, 1), ["minKm"] = line.MinKm,
                ["maxKm"] = line.MaxKm,
                ["figures"] = line.Figures.DeepClone(), ["drawnKm"] = Math.Round(line.DrawnKm, 1),
                ["shortfall"] = line.Shortfall,
            };
        }
        if (leg.Segment?.ExpectedOpening is { } opening) json["expectedOpening"] = opening.DeepClone();
        if (leg.Segment is { } segment) json["sources"] = segment.Sources.DeepClone();
        return json;
    }
}
