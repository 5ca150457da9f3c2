using System.Text.Json;
using Maps.Api.Layers;

namespace Maps.Api.Routes;

// The shapes of the route answers, for the OpenAPI document and the frontend's generated types (see LayerSchemas).
// Metrics may carry more members than listed here; clients ignore what they do not know.

public sealed record RouteSummaryInfo(string Id, string Name, string From, string To, IReadOnlyList<string> Modes, IReadOnlyList<string> Nodes);

public sealed record NetworkNodeInfo(string Id, string Name, string Kind, string Country, IReadOnlyList<double> Coordinates);

public sealed record TransitDaysInfo(double? Min, double? Max, string Basis, SourceInfo? Source, IReadOnlyList<SourceInfo> Sources, string? Note = null);

public sealed record RouteMetricsInfo(
    string Id, string Name, double LengthKm, IReadOnlyDictionary<string, double> LengthByModeKm, IReadOnlyList<string> Countries,
    int BorderCrossings, int? GaugeBreaks, IReadOnlyList<string> GaugeBreakPlaces, int Transshipments, IReadOnlyList<string> TransshipmentPlaces,
    TransitDaysInfo TransitDays, double Co2KgPerTeu, JsonElement Co2Basis, JsonElement Geometry, IReadOnlyList<string>? Nodes = null);

public sealed record RouteComparisonAnswer(IReadOnlyList<RouteMetricsInfo> Routes);
