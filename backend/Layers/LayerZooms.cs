using Maps.Api.Geo;

namespace Maps.Api.Layers;

/// <summary>
/// The zooms a layer payload exists for: 0 to <see cref="MaxServed"/>, and full resolution (no zoom). A request for a
/// higher zoom gets the payload of <see cref="MaxServed"/>, whose tolerance (about 30 m) is finer than any line this
/// atlas draws is accurate; so the set of payloads is small and fixed, whatever zoom a client asks for.
/// </summary>
public static class LayerZooms
{
    public const int MaxServed = 12;

    public static int? Served(int? zoom) => zoom is { } z ? Math.Min(z, MaxServed) : null;

    /// <summary>Every served zoom, full resolution last.</summary>
    public static IEnumerable<int?> All =>
        Enumerable.Range(Simplification.MinZoom, MaxServed + 1).Select(z => (int?)z).Append(null);
}
