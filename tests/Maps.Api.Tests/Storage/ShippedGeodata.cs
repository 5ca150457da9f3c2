using Maps.Api.Routes;
using Maps.Api.Storage;
using Maps.Api.Timeline;
using Maps.Api.Trade;

namespace Maps.Api.Tests.Storage;

/// <summary>geodata/ read as the app reads it: with the documents every feature registers in Program.cs.</summary>
public static class ShippedGeodata
{
    public static readonly IReadOnlyList<GeodataDocument> Documents =
        [.. TradeApi.Documents, .. RoutesApi.Documents, .. TimelineApi.Documents];

    public static GeodataSnapshot Load(string directory) => Geodata.Load(directory, Documents);
}
