using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Layers;

/// <summary>
/// A feature with its geometry already written as GeoJSON for one zoom: a payload is these bytes joined.
/// </summary>
public sealed record PreparedFeature(string Id, byte[] GeometryJson, string PropertiesJson);

/// <summary>
/// A layer's features simplified and written for one served zoom (see <see cref="LayerZooms"/>). Simplification is the
/// costly step (a coverage of the full-resolution borders: about half a second), so it is done once per layer and zoom;
/// every language and every bbox of that zoom is then a copy of bytes.
/// </summary>
public sealed class PreparedLayer
{
    public required IReadOnlyList<PreparedFeature> Features { get; init; }

    /// <summary>Bytes held: what the layer costs to keep for good.</summary>
    public long HeldBytes => Features.Sum(f => f.GeometryJson.Length + 2L * f.PropertiesJson.Length);

    public static PreparedLayer Create(IReadOnlyList<(string Id, Geometry Geometry, string PropertiesJson)> records)
    {
        var features = records
            .Where(r => !r.Geometry.IsEmpty)
            .Select(r => new PreparedFeature(
                r.Id, JsonSerializer.SerializeToUtf8Bytes(r.Geometry, GeoJsonSetup.Options), r.PropertiesJson))
            .ToList();
        return new PreparedLayer { Features = features };
    }
}
