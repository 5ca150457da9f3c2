using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Layers;

/// <summary>A feature ready to be written: simplified geometry, properties as stored JSON.</summary>
public sealed record MapFeature(string Id, Geometry Geometry, string PropertiesJson);

/// <summary>Writes RFC 7946 FeatureCollections: string ids, no crs member, properties copied as stored.</summary>
public static class FeatureCollectionWriter
{
    public static byte[] Write(IEnumerable<MapFeature> features)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var feature in features)
            {
                json.WriteStartObject();
                WriteFeatureMembers(json, feature);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// type, id, geometry and properties of one feature, into an object the caller opened (and may add to).
    /// </summary>
    public static void WriteFeatureMembers(Utf8JsonWriter json, MapFeature feature)
    {
        json.WriteString("type", "Feature");
        json.WriteString("id", feature.Id);
        json.WritePropertyName("geometry");
        JsonSerializer.Serialize(json, feature.Geometry, GeoJsonSetup.Options);
        json.WritePropertyName("properties");
        json.WriteRawValue(feature.PropertiesJson, skipInputValidation: true);
    }
}
