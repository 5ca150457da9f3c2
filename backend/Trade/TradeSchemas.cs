using System.Text.Json;
using Maps.Api.Layers;

namespace Maps.Api.Trade;

// The shapes of the trade answers, for the OpenAPI document and the frontend's generated types (see LayerSchemas).

/// <summary>A sourced reason why China's figure for a partner differs from the partner's own.</summary>
public sealed record MirrorReason(string Iso3, string Text, IReadOnlyList<SourceInfo> Sources);

/// <summary>
/// Both sides of one partner-year, in US dollars: China's total minus the partner's, and as a share of it.
/// </summary>
public sealed record MirrorGap(
    string Iso3, string Name, int Year, double China, double Partner, double Gap, double GapPercentOfPartner,
    IReadOnlyList<SourceInfo> ChinaSources, IReadOnlyList<SourceInfo> PartnerSources,
    IReadOnlyList<MirrorReason> Reasons);

public sealed record TradeYearPartner(
    string Iso3, string Name, double? Total, double? Exports, double? Imports, SourceInfo? Source,
    IReadOnlyList<SourceInfo> Sources, bool? Derived = null, string? Note = null, MirrorGap? Mirror = null);

public sealed record TradeYearAnswer(
    int Year, string Unit, string Reporter, string Perspective, IReadOnlyList<TradeYearPartner> Partners);

public sealed record TradeSeriesPoint(
    int Year, double Total, double? Exports, double? Imports, SourceInfo Source, IReadOnlyList<SourceInfo> Sources,
    bool Derived, string? Note);

public sealed record TradeSeriesEntry(
    string Iso3, string Name, string Reporter, IReadOnlyList<TradeSeriesPoint> Points);

public sealed record TradeSeriesAnswer(
    string Unit, IReadOnlyList<int> Years, IReadOnlyList<TradeSeriesEntry> Series, IReadOnlyList<MirrorGap> Mirror);

public sealed record TradeContextPlace(string Name, double Lon, double Lat, IReadOnlyList<SourceInfo> Sources);

public sealed record TradeContextPartner(
    string Iso3, string Name, string Capital, double Lon, double Lat, IReadOnlyList<SourceInfo> Sources);

/// <summary>
/// A figure of the context panel: one value, or several set side by side (values), each naming its reporter and year;
/// comparable says whether the values measure the same thing the same way.
/// </summary>
public sealed record TradeContextFigure(
    string Id, string Label, string Unit, IReadOnlyList<SourceInfo>? Sources = null, double? Value = null,
    int? Year = null, string? Reporter = null, JsonElement? Values = null, bool? Comparable = null,
    string? Note = null);

public sealed record TradeContextMirror(string About, IReadOnlyList<MirrorReason> Reasons);

public sealed record TradeContextAnswer(
    TradeContextPlace Origin, IReadOnlyList<TradeContextPartner> Partners, IReadOnlyList<TradeContextFigure> Figures,
    TradeContextMirror Mirror, string? About = null);
