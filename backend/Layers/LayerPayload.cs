using Maps.Api.Hosting;

namespace Maps.Api.Layers;

/// <summary>A layer's features at one served zoom and their encoded GeoJSON body.</summary>
public sealed class LayerPayload
{
    public required IReadOnlyList<PreparedFeature> Features { get; init; }
    public required EncodedBody Body { get; init; }

    /// <summary>Kept for good and compressed at its smallest: a first-view payload the warm-up built.</summary>
    public bool Pinned { get; init; }
}
