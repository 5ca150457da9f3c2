using System.Text.Json.Nodes;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Routes;

/// <summary>One stretch of a route: a line in travel order with its mode and, for rail, its gauge at each end.</summary>
public sealed record RouteLeg(
    LineString Line, string Mode, double LengthKm, IReadOnlyList<CountryPiece> Countries,
    int? GaugeStart, int? GaugeEnd, string? GaugeBreakInside, string? StartPlace);

/// <summary>
/// Metrics computed from geometry, never typed in: geodesic length by mode, countries in travel order and border
/// crossings (from the borders layer), gauge breaks, transshipments, transit days and CO2 per TEU.
/// </summary>
public static class RouteMetrics
{
    public static readonly string[] Modes = ["rail", "sea", "road"];

    /// <summary>Legs of a route over the network, in travel order, each segment turned to run the way the route does.</summary>
    public static IReadOnlyList<RouteLeg> LegsOf(RouteNetwork network, IReadOnlyList<string> nodes)
    {
        var legs = new List<RouteLeg>();
        for (var i = 1; i < nodes.Count; i++)
        {
            var (segment, reversed) = network.Between(nodes[i - 1], nodes[i])
                ?? throw new InvalidOperationException($"no segment joins {nodes[i - 1]} and {nodes[i]}");
            var line = reversed ? (LineString)segment.Line.Reverse() : segment.Line;
            var countries = reversed
                ? segment.Countries.Select(c => c with { Position = -c.Position }).OrderBy(c => c.Position).ToList()
                : segment.Countries;
            legs.Add(new RouteLeg(line, segment.Mode, segment.LengthKm, countries,
                reversed ? segment.GaugeAtEnd : segment.GaugeMm, reversed ? segment.GaugeMm : segment.GaugeAtEnd,
                segment.GaugeBreakAt, network.Nodes[nodes[i - 1]].Name));
        }
        return legs;
    }

    /// <summary>
    /// Transit days come from published figures when the route has them, are reported as unknown (with why) when the
    /// data says none exist, and are otherwise indicative from distance by mode.
    /// </summary>
    public static JsonObject Compute(IReadOnlyList<RouteLeg> legs, JsonObject factors, JsonArray? publishedTransit,
        JsonObject? transitUnknown = null, bool gaugesKnown = true)
    {
        var byMode = Modes.ToDictionary(m => m, m => legs.Where(l => l.Mode == m).Sum(l => l.LengthKm));
        var countries = CountryPath.InOrder(legs.SelectMany(l => l.Countries));

        var gaugeBreaks = new List<string>();
        var transshipments = new List<string>();
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            if (leg.Mode == "rail" && leg.GaugeBreakInside is { } inside && leg.GaugeStart != leg.GaugeEnd) gaugeBreaks.Add(inside);
            if (i == 0) continue;
            var previous = legs[i - 1];
            if (previous.Mode != leg.Mode) transshipments.Add(leg.StartPlace ?? $"leg {i + 1}");
            else if (leg.Mode == "rail" && previous.GaugeEnd is { } a && leg.GaugeStart is { } b && a != b) gaugeBreaks.Add(leg.StartPlace ?? $"leg {i + 1}");
        }

        var line = Join(legs);
        return new JsonObject
        {
            ["lengthKm"] = Math.Round(byMode.Values.Sum()),
            ["lengthByModeKm"] = new JsonObject(byMode.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)Math.Round(m.Value)))),
            ["countries"] = new JsonArray(countries.Select(c => (JsonNode?)c).ToArray()),
            ["borderCrossings"] = Math.Max(0, countries.Count - 1),
            ["gaugeBreaks"] = gaugesKnown ? gaugeBreaks.Count : null,
            ["gaugeBreakPlaces"] = new JsonArray(gaugeBreaks.Select(p => (JsonNode?)p).ToArray()),
            ["transshipments"] = transshipments.Count,
            ["transshipmentPlaces"] = new JsonArray(transshipments.Select(p => (JsonNode?)p).ToArray()),
            ["transitDays"] = publishedTransit is { Count: > 0 } ? Published(publishedTransit)
                : transitUnknown is not null ? Unknown(transitUnknown)
                : Indicative(byMode, factors),
            ["co2KgPerTeu"] = Math.Round(byMode.Sum(m => m.Value * Factor(factors, "co2KgPerTeuKm", m.Key, "value"))),
            ["co2Basis"] = Co2Basis(byMode, factors),
            ["geometry"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize<Geometry>(line, GeoJsonSetup.Options)),
        };
    }

    /// <summary>
    /// Conflicting published claims are all kept: the range spans the figures for the whole route, and every figure,
    /// whole or partial, is listed with its sources.
    /// </summary>
    private static JsonObject Published(JsonArray figures)
    {
        var items = figures.Select(f => f!.AsObject()).ToList();
        var whole = items.Where(f => f["scope"]?.GetValue<string>() != "part").ToList();
        if (whole.Count == 0) whole = items;
        var sources = new JsonArray(whole.SelectMany(f => f["sources"]!.AsArray()).Select(s => s!.DeepClone()).ToArray());
        return new JsonObject
        {
            ["min"] = whole.Min(f => f["minDays"]!.GetValue<double>()),
            ["max"] = whole.Max(f => f["maxDays"]!.GetValue<double>()),
            ["basis"] = "published",
            ["source"] = sources[0]?.DeepClone(),
            ["sources"] = sources,
            ["figures"] = new JsonArray(items.Select(f => (JsonNode?)f.DeepClone()).ToArray()),
        };
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
        };
    }

    /// <summary>With no published figure, distance over the indicative daily distance of each mode.</summary>
    private static JsonObject Indicative(Dictionary<string, double> byMode, JsonObject factors)
    {
        var used = byMode.Where(m => m.Value > 0).ToList();
        var sources = new JsonArray(used.SelectMany(m => factors["kmPerDay"]![m.Key]!["sources"]!.AsArray()).Select(s => s!.DeepClone()).ToArray());
        return new JsonObject
        {
            ["min"] = Math.Round(used.Sum(m => m.Value / Factor(factors, "kmPerDay", m.Key, "max")), 1),
            ["max"] = Math.Round(used.Sum(m => m.Value / Factor(factors, "kmPerDay", m.Key, "min")), 1),
            ["basis"] = "indicative",
            ["note"] = "No published transit time for this route: its distance by mode over indicative daily distances, without border or port dwell times.",
            ["source"] = sources.Count > 0 ? sources[0]!.DeepClone() : null,
            ["sources"] = sources,
        };
    }

    private static JsonObject Co2Basis(Dictionary<string, double> byMode, JsonObject factors) => new(
        byMode.Where(m => m.Value > 0).Select(m => KeyValuePair.Create(m.Key, (JsonNode?)factors["co2KgPerTeuKm"]![m.Key]!.DeepClone())));

    private static double Factor(JsonObject factors, string group, string mode, string field) =>
        factors[group]?[mode]?[field]?.GetValue<double>() ?? 0;

    /// <summary>The legs as one line in travel order, without repeating the point where two legs meet.</summary>
    private static LineString Join(IReadOnlyList<RouteLeg> legs)
    {
        var coordinates = new List<Coordinate>();
        foreach (var leg in legs)
            foreach (var c in leg.Line.Coordinates)
                if (coordinates.Count == 0 || !coordinates[^1].Equals2D(c)) coordinates.Add(c);
        var line = GeoJsonSetup.Factory.CreateLineString(coordinates.ToArray());
        return (LineString)NetTopologySuite.Precision.GeometryPrecisionReducer.ReducePointwise(line, new PrecisionModel(1e6));
    }
}
