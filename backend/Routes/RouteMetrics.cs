using System.Text.Json.Nodes;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Routes;

/// <summary>
/// One stretch of a route: a line in travel order with its mode and, for rail, its gauge at each end. Legs over the
/// network carry their segment; legs of a drawn route do not.
/// </summary>
public sealed record RouteLeg(
    LineString Line, string Mode, double LengthKm, IReadOnlyList<CountryPiece> Countries,
    int? GaugeStart, int? GaugeEnd, string? GaugeBreakInside, string? StartPlace, NetworkSegment? Segment = null);

/// <summary>
/// What a route says about its own transit time: published figures, why there are none, published judgements.
/// </summary>
public sealed record TransitClaims(
    JsonArray? Figures, JsonObject? Unknown = null, JsonArray? Comparisons = null, string? RangeNote = null)
{
    public static readonly TransitClaims None = new((JsonArray?)null);
}

/// <summary>
/// Metrics of a route: lengths (published where the railways publish them, geodesic from the geometry elsewhere, and
/// which is which per section), lengths by mode and by country, countries in travel order and border crossings (from
/// the borders layer), gauge breaks, transshipments, transit days and CO2e per TEU.
/// </summary>
public static class RouteMetrics
{
    public static readonly string[] Modes = ["rail", "sea", "road"];

    /// <summary>
    /// Legs of a route over the network, in travel order, each segment turned to run the way the route does.
    /// </summary>
    public static IReadOnlyList<RouteLeg> LegsOf(RouteNetwork network, IReadOnlyList<string> nodes)
    {
        var legs = new List<RouteLeg>(nodes.Count);
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
                segment.GaugeBreakAt, network.Nodes[nodes[i - 1]].Name, segment));
        }
        return legs;
    }

    public static JsonObject Compute(
        RouteNetwork network, IReadOnlyList<RouteLeg> legs, TransitClaims transit, bool gaugesKnown = true)
    {
        var sections = RouteSections.Of(network, legs);
        var byMode = Modes.ToDictionary(m => m, m => sections.Where(s => s.Leg.Mode == m).Sum(s => s.LengthKm));
        var countries = CountryPath.InOrder(legs.SelectMany(l => l.Countries));
        var (gaugeBreaks, transshipments) = Changes(legs);
        var co2 = RouteCo2.Of(sections, network.Factors);
        var lengthBasis = sections.All(s => s.Published is null) ? "geometry"
            : sections.All(s => s.Published is not null) ? "published"
            : "mixed";
        return new JsonObject
        {
            ["lengthKm"] = Math.Round(byMode.Values.Sum()),
            ["geometryKm"] = Math.Round(legs.Sum(l => l.LengthKm)),
            ["lengthBasis"] = lengthBasis,
            ["lengthByModeKm"] =
                new JsonObject(byMode.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)Math.Round(m.Value)))),
            ["lengthByCountryKm"] = new JsonObject(RouteSections.ByCountry(sections).OrderByDescending(c => c.Value)
                .Select(c => KeyValuePair.Create(c.Key, (JsonNode?)Math.Round(c.Value)))),
            ["countries"] = new JsonArray(countries.Select(c => (JsonNode?)c).ToArray()),
            ["borderCrossings"] = Math.Max(0, countries.Count - 1),
            ["gaugeBreaks"] = gaugesKnown ? gaugeBreaks.Count : null,
            ["gaugeBreakPlaces"] = new JsonArray(gaugeBreaks.Select(p => (JsonNode?)p).ToArray()),
            ["transshipments"] = transshipments.Count,
            ["transshipmentPlaces"] = new JsonArray(transshipments.Select(p => (JsonNode?)p).ToArray()),
            ["transitDays"] = RouteTransit.Of(transit.Figures, transit.Unknown, transit.Comparisons, byMode,
                network.Factors, transit.RangeNote),
            ["co2"] = co2,
            // Kept for older clients: the middle of the CO2e range, on the same basis.
            ["co2KgPerTeu"] = Math.Round((co2["min"]!.GetValue<double>() + co2["max"]!.GetValue<double>()) / 2),
            ["sections"] = RouteSections.ToJson(sections),
            ["geometry"] = JsonNode.Parse(
                System.Text.Json.JsonSerializer.Serialize<Geometry>(Join(legs), GeoJsonSetup.Options)),
        };
    }

    /// <summary>
    /// Gauge breaks and transshipments in travel order. A dual-gauge border stretch is where the gauge changes between
    /// the rail on either side of it, or at its far end when the route starts or ends on it.
    /// </summary>
    private static (List<string> GaugeBreaks, List<string> Transshipments) Changes(IReadOnlyList<RouteLeg> legs)
    {
        var gaugeBreaks = new List<string>();
        var transshipments = new List<string>();
        int? lastGauge = null;
        RouteLeg? dual = null;
        void Settle(int? next)
        {
            if (dual is null) return;
            var known = new[] { lastGauge, next }.OfType<int>().Distinct().ToList();
            // Named by the stretch, without the stations' glosses: "Port of Khorgos – Altynkol".
            if (known.Count > 1 || (known.Count == 1 && dual.Segment!.Gauges.Any(g => g != known[0])))
                gaugeBreaks.Add(System.Text.RegularExpressions.Regex.Replace(dual.Segment!.Name, @" \([^)]*\)", ""));
            dual = null;
        }
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            if (i > 0 && legs[i - 1].Mode != leg.Mode) transshipments.Add(leg.StartPlace ?? $"leg {i + 1}");
            if (leg.Mode != "rail")
            {
                Settle(null);
                lastGauge = null;
                continue;
            }
            if (leg.Segment?.DualGauge == true)
            {
                dual = leg;
                continue;
            }
            if (dual is not null) Settle(leg.GaugeStart);
            else if (lastGauge is { } a && leg.GaugeStart is { } b && a != b)
                gaugeBreaks.Add(leg.StartPlace ?? $"leg {i + 1}");
            if (leg.GaugeBreakInside is { } inside && leg.GaugeStart != leg.GaugeEnd) gaugeBreaks.Add(inside);
            lastGauge = leg.GaugeEnd;
        }
        Settle(null);
        return (gaugeBreaks, transshipments);
    }

    /// <summary>The legs as one line in travel order, without repeating the point where two legs meet.</summary>
    private static LineString Join(IReadOnlyList<RouteLeg> legs)
    {
        var coordinates = new List<Coordinate>();
        foreach (var leg in legs)
            foreach (var c in leg.Line.Coordinates)
                if (coordinates.Count == 0 || !coordinates[^1].Equals2D(c)) coordinates.Add(c);
        var line = GeoJsonSetup.Factory.CreateLineString(coordinates.ToArray());
        return (LineString)NetTopologySuite.Precision.GeometryPrecisionReducer.ReducePointwise(
            line, new PrecisionModel(1e6));
    }
}
