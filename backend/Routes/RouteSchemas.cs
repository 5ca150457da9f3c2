using System.Text.Json;
using Maps.Api.Layers;

namespace Maps.Api.Routes;

// The shapes of the route answers, for the OpenAPI document and the frontend's generated types (see LayerSchemas).
// Metrics may carry more members than listed here; clients ignore what they do not know.

public sealed record RouteSummaryInfo(
    string Id, string Name, string From, string To, IReadOnlyList<string> Modes, IReadOnlyList<string> Nodes);

/// <summary>A node of the network; name in the language asked for, names in every language sources give.</summary>
public sealed record NetworkNodeInfo(
    string Id, string Name, string Kind, string Country, IReadOnlyList<double> Coordinates,
    IReadOnlyDictionary<string, string> Names);

/// <summary>
/// One published transit time: the days it gives, what stretch it covers, when it was said and by whom.
/// </summary>
public sealed record TransitFigureInfo(
    double MinDays, double MaxDays, string Covers, string AsOf, IReadOnlyList<SourceInfo> Sources,
    string? Scope = null);

/// <summary>
/// A published judgement without days (the World Bank's "three times slower"), shown beside the range.
/// </summary>
public sealed record TransitComparisonInfo(string Text, string AsOf, IReadOnlyList<SourceInfo> Sources);

/// <summary>How many whole-route figures the range spans, and the dates of the oldest and the newest.</summary>
public sealed record TransitSpreadInfo(int Figures, string From, string To);

/// <summary>
/// Transit days as the spread of every published figure for the whole route (min, max), every figure listed, or why
/// there is none (basis and note).
/// </summary>
public sealed record TransitDaysInfo(
    double? Min, double? Max, string Basis, SourceInfo? Source, IReadOnlyList<SourceInfo> Sources,
    IReadOnlyList<TransitFigureInfo> Figures, string? Note = null, TransitSpreadInfo? Spread = null,
    IReadOnlyList<TransitComparisonInfo>? Comparisons = null);

/// <summary>
/// CO2e per TEU well-to-wheel, one basis for every mode, as a range; how many tonnes a TEU is taken to carry.
/// </summary>
public sealed record Co2Info(double Min, double Max, string Basis, JsonElement TonnesPerTeu, JsonElement ByMode);

/// <summary>A section of the route: its length by published figure or by geometry (basis), and where it runs.</summary>
public sealed record RouteSectionInfo(
    string Id, string Name, string Mode, string Status, double LengthKm, double GeometryKm, string Basis,
    IReadOnlyDictionary<string, double> LengthByCountryKm, IReadOnlyList<SourceInfo>? Sources = null,
    JsonElement? Published = null, JsonElement? ExpectedOpening = null);

public sealed record RouteMetricsInfo(
    string Id, string Name, double LengthKm, double GeometryKm, string LengthBasis,
    IReadOnlyDictionary<string, double> LengthByModeKm, IReadOnlyDictionary<string, double> LengthByCountryKm,
    IReadOnlyList<string> Countries, int BorderCrossings, int? GaugeBreaks, IReadOnlyList<string> GaugeBreakPlaces,
    int Transshipments, IReadOnlyList<string> TransshipmentPlaces, TransitDaysInfo TransitDays, Co2Info Co2,
    double Co2KgPerTeu, IReadOnlyList<RouteSectionInfo> Sections, JsonElement Geometry,
    IReadOnlyList<string>? Nodes = null, string? Status = null, JsonElement? OpensAbout = null, string? Scenario = null,
    string? GaugeNote = null, CostInfo? CostUsdPerFeu = null, BorderHoursInfo? BorderHours = null,
    CapacityLinkInfo? TightestLink = null);

public sealed record RouteComparisonAnswer(IReadOnlyList<RouteMetricsInfo> Routes);

/// <summary>
/// One published cost: per FEU or per TEU (unit), dated (year or asOf), what it covers,
/// whether it prices the whole route.
/// </summary>
public sealed record CostFigureInfo(
    double Value, string Unit, string Covers, string Reporter, bool Comparable, IReadOnlyList<SourceInfo> Sources,
    double? ValueMax = null, int? Year = null, string? AsOf = null, string? CoversText = null, string? Series = null,
    string? Note = null);

public sealed record CostPointInfo(string AsOf, double Value, IReadOnlyList<SourceInfo> Sources);

/// <summary>An index's points for a route in time order (the ERAI, Drewry's WCI), for a chart.</summary>
public sealed record CostSeriesInfo(
    string Id, string Title, string Reporter, string Unit, string Covers, IReadOnlyList<CostPointInfo> Points);

/// <summary>A published surcharge against another route, as a factor ("up to 1.5 times").</summary>
public sealed record CostSurchargeInfo(
    string Against, double FactorMax, string Text, string AsOf, string Reporter, IReadOnlyList<SourceInfo> Sources);

/// <summary>
/// Cost per FEU: the range of the comparable figures (null, with a note, where none is published), every figure listed.
/// </summary>
public sealed record CostInfo(
    double? Min, double? Max, string Unit, string Basis, string? Note, IReadOnlyList<CostFigureInfo> Figures,
    IReadOnlyList<CostSeriesInfo> Series, IReadOnlyList<CostSurchargeInfo> Surcharges);

public sealed record BorderHoursFigureInfo(
    string Place, string Mode, string Direction, int Year, double Hours, string Reporter,
    IReadOnlyList<SourceInfo> Sources);

/// <summary>
/// Hours at the border points a path passes (CAREC CPMM): range of every figure; totals of
/// each place's lowest and highest.
/// </summary>
public sealed record BorderHoursInfo(
    double? Min, double? Max, double? TotalMin, double? TotalMax, IReadOnlyList<string> Places, string Basis,
    string Note, IReadOnlyList<BorderHoursFigureInfo> Figures);

public sealed record CapacityInfo(
    double Value, string Unit, string AsOf, string Text, IReadOnlyList<SourceInfo> Sources);

public sealed record ThroughputInfo(
    double Value, string Unit, int Year, string Reporter, IReadOnlyList<SourceInfo> Sources);

/// <summary>
/// A facility's published capacity against its published throughput; utilisation is throughput over capacity.
/// </summary>
public sealed record CapacityLinkInfo(
    string Id, string Name, IReadOnlyList<string> Nodes, CapacityInfo Capacity, ThroughputInfo Throughput,
    double Utilisation);

/// <summary>A year's volume; lowerBound where the source says "over", approximate where it says "about".</summary>
public sealed record VolumePointInfo(
    int Year, double Value, IReadOnlyList<SourceInfo> Sources, bool? LowerBound = null, bool? Approximate = null);

public sealed record VolumeSeriesInfo(
    string Id, string Title, string Unit, string Kind, string Reporter, IReadOnlyList<string> Routes,
    IReadOnlyList<VolumePointInfo> Points);

public sealed record RouteVolumesAnswer(IReadOnlyList<VolumeSeriesInfo> Series, IReadOnlyList<CapacityLinkInfo> Links);
