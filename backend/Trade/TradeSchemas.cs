using Maps.Api.Layers;

namespace Maps.Api.Trade;

// The shapes of the trade answers, for the OpenAPI document and the frontend's generated types (see LayerSchemas).

public sealed record TradeYearPartner(
    string Iso3, string Name, double? Total, double? Exports, double? Imports, SourceInfo? Source, IReadOnlyList<SourceInfo> Sources,
    bool? Derived = null, string? Note = null);

public sealed record TradeYearAnswer(int Year, string Unit, string Reporter, string Perspective, IReadOnlyList<TradeYearPartner> Partners);

public sealed record TradeSeriesPoint(
    int Year, double Total, double? Exports, double? Imports, SourceInfo Source, IReadOnlyList<SourceInfo> Sources, bool Derived, string? Note);

public sealed record TradeSeriesEntry(string Iso3, string Name, string Reporter, IReadOnlyList<TradeSeriesPoint> Points);

public sealed record TradeSeriesAnswer(string Unit, IReadOnlyList<int> Years, IReadOnlyList<TradeSeriesEntry> Series);

public sealed record TradeContextPlace(string Name, double Lon, double Lat, IReadOnlyList<SourceInfo> Sources);

public sealed record TradeContextPartner(string Iso3, string Name, string Capital, double Lon, double Lat, IReadOnlyList<SourceInfo> Sources);

public sealed record TradeContextFigure(
    string Id, string Label, string Unit, int Year, IReadOnlyList<SourceInfo> Sources,
    double? Value = null, IReadOnlyDictionary<string, double>? Values = null, string? Note = null);

public sealed record TradeContextAnswer(
    TradeContextPlace Origin, IReadOnlyList<TradeContextPartner> Partners, IReadOnlyList<TradeContextFigure> Figures, string? About = null);
