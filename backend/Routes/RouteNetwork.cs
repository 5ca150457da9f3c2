using System.Text.Json.Nodes;
using Maps.Api.Languages;
using NetTopologySuite.Geometries;

namespace Maps.Api.Routes;

public sealed record NetworkNode(
    string Id, string Name, string Kind, string Country, Coordinate Location, JsonObject? Names = null);

/// <summary>
/// A segment of the network with what the metrics need precomputed once: geodesic length and the countries it crosses.
/// A segment whose gauge changes inside it (GaugeMmEnd, at GaugeBreakAt) is one the data could not split; a dual-gauge
/// segment (a border stretch carrying both gauges) is where the gauge changes between its neighbours.
/// </summary>
public sealed record NetworkSegment(
    string Id, string Name, string From, string To, string Mode, int? GaugeMm, int? GaugeMmEnd, string? GaugeBreakAt,
    IReadOnlyList<int> Gauges, string Status, JsonObject? ExpectedOpening, string? Vessel, LineString Line,
    double LengthKm, IReadOnlyList<CountryPiece> Countries, JsonArray Sources, JsonObject? Names = null)
{
    public int? GaugeAtEnd => GaugeMmEnd ?? GaugeMm;

    public bool DualGauge => Gauges.Count > 1;

    public bool Operational => Status == "operational";
}

/// <summary>
/// A published length of a railway line or section, covering one or more segments. Where sources disagree every figure
/// is kept; the length used is the middle of their range (see geodata/README.md).
/// </summary>
public sealed record PublishedLine(
    string Id, string Name, IReadOnlyList<string> Segments, JsonArray Figures, double DrawnKm, string? Shortfall)
{
    public double MinKm => Figures.Min(f => f!["km"]!.GetValue<double>());

    public double MaxKm => Figures.Max(f => f!["km"]!.GetValue<double>());

    public double Km => (MinKm + MaxKm) / 2;
}

/// <summary>
/// A route of routes.json: its nodes, the transit times published for it, or why there are none, and a dated disruption
/// where sources report one (the Red Sea since December 2023).
/// </summary>
public sealed record RouteDefinition(
    string Id, string Name, string From, string To, IReadOnlyList<string> Nodes, JsonArray Transit,
    JsonObject? TransitNote, JsonArray? TransitComparisons, JsonObject? Names = null, JsonObject? Disruption = null,
    string? TransitRangeNote = null);

/// <summary>
/// The freight network (geodata/network.geojson as stored), the routes over it, the borders to intersect with,
/// land to tell sea from land, and the indicative factors; loaded once, it changes only with geodata/.
/// </summary>
public sealed partial class RouteNetwork
{
    public required IReadOnlyDictionary<string, NetworkNode> Nodes { get; init; }
    public required IReadOnlyList<NetworkSegment> Segments { get; init; }
    public required IReadOnlyDictionary<string, PublishedLine> Lines { get; init; }
    public required IReadOnlyList<RouteDefinition> Routes { get; init; }
    public required Geometry LandShape { get; init; }
    public required JsonObject Factors { get; init; }

    /// <summary>
    /// Land and borders for routes drawn by hand, simplified as for zoom <see cref="DrawnRouteZoom"/> (under a
    /// kilometre): intersecting a 2,000-vertex line with the full-resolution shapes took seconds; with these, a tenth.
    /// </summary>
    public required DrawnRouteShapes Drawn { get; init; }

    public const int DrawnRouteZoom = 7;

    private IReadOnlyDictionary<(string, string), NetworkSegment> byEnds =
        new Dictionary<(string, string), NetworkSegment>();

    private IReadOnlyDictionary<string, IReadOnlyList<PublishedLine>> linesBySegment =
        new Dictionary<string, IReadOnlyList<PublishedLine>>();

    /// <summary>
    /// The same network with its nodes, segments and routes named in a language (English where no source names them),
    /// so every answer built from it speaks that language.
    /// </summary>
    public RouteNetwork In(string language)
    {
        if (language == Language.English) return this;
        string Name(JsonObject? names, string english) => Language.Pick(names, language) ?? english;
        var segments = Segments.Select(s => s with { Name = Name(s.Names, s.Name) }).ToList();
        return new RouteNetwork
        {
            Nodes = Nodes.ToDictionary(n => n.Key, n => n.Value with { Name = Name(n.Value.Names, n.Value.Name) }),
            Segments = segments, Lines = Lines,
            Routes = Routes.Select(r => r with
            {
                Name = Name(r.Names, r.Name), Disruption = Disruption(r.Disruption, language),
            }).ToList(),
            LandShape = LandShape, Factors = Factors, Drawn = Drawn,
            byEnds = segments.ToDictionary(s => (s.From, s.To)), linesBySegment = linesBySegment,
        };
    }

    /// <summary>
    /// A disruption's text in the language asked for, where the data gives it (names: {ru, zh, sources}).
    /// </summary>
    private static JsonObject? Disruption(JsonObject? disruption, string language)
    {
        if (disruption?["names"] is not JsonObject texts || Language.Pick(texts, language) is not { } text)
            return disruption;
        var copy = disruption.DeepClone().AsObject();
        copy["text"] = text;
        return copy;
    }

    /// <summary>The segment joining two nodes, and whether it runs backwards from the first to the second.</summary>
    public (NetworkSegment Segment, bool Reversed)? Between(string a, string b)
    {
        if (byEnds.TryGetValue((a, b), out var forward)) return (forward, false);
        if (byEnds.TryGetValue((b, a), out var backward)) return (backward, true);
        return null;
    }

    /// <summary>The published lines a segment belongs to, the shortest (most specific) first.</summary>
    public IReadOnlyList<PublishedLine> LinesOf(string segmentId) =>
        linesBySegment.TryGetValue(segmentId, out var lines) ? lines : [];

    /// <summary>
    /// The segment's length as the planner weighs it: its drawing scaled to the published length of the shortest line
    /// it belongs to, so a line drawn short through missing stations does not look shorter than it is.
    /// </summary>
    public double BestKnownKm(NetworkSegment segment) =>
        LinesOf(segment.Id) is [var line, ..] && line.DrawnKm > 0
            ? segment.LengthKm * line.Km / line.DrawnKm
            : segment.LengthKm;
}
