using Maps.Api.Hosting;

namespace Maps.Api.Layers;

/// <summary>A layer's features at one zoom and their encoded GeoJSON body.</summary>
public sealed class LayerPayload
{
    public required IReadOnlyList<MapFeature> Features { get; init; }
    public required EncodedBody Body { get; init; }

    public static LayerPayload Create(IReadOnlyList<MapFeature> features, bool cached = true) => new()
    {
        Features = features,
        Body = EncodedBody.Create(FeatureCollectionWriter.Write(features), cached),
    };
}
