using System.Text.Json;

namespace Maps.Api.Layers;

// The shapes of the layer answers, for the OpenAPI document and the frontend's generated types. The endpoints write
// these shapes themselves (cached bytes); the OpenAPI tests compare a real answer with each schema.

public sealed record SourceInfo(string Title, string? Url);

public sealed record LicenceInfo(string Title, string Url, string Attribution);

public sealed record LayerInfo(
    string Id, string Title, string GeometryType, string Description, IReadOnlyList<SourceInfo> Sources,
    LicenceInfo Licence);

public sealed record OnlineTilesInfo(string Url, string Attribution, int MaxZoom);

public sealed record BasemapInfo(IReadOnlyList<LayerInfo> Layers, OnlineTilesInfo? OnlineTiles);

/// <summary>
/// An RFC 7946 feature: string id, geometry in WGS84 longitude/latitude, properties as the data gives them.
/// </summary>
public sealed record GeoJsonFeature(string Type, string Id, JsonElement Geometry, JsonElement Properties);

public sealed record GeoJsonFeatureCollection(string Type, IReadOnlyList<GeoJsonFeature> Features);
