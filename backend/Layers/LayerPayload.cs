using Maps.Api.Hosting;

namespace Maps.Api.Layers;

/// <summary>A layer's features at one served zoom and their encoded GeoJSON body.</summary>
public sealed class LayerPayload
{
    public required IReadOnlyList<PreparedFeature> Features { get; init; }
    public required EncodedBody Body { get; init; }
}
