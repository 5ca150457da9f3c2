using System.Text.Json;
using Maps.Api.Layers;
using Maps.Api.Storage;

namespace Maps.Api.Ogc;

/// <summary>The GeoJSON schemas of the items answers, for the OpenAPI document (the writer below makes the bytes).</summary>
public sealed record OgcFeature(string Type, string Id, JsonElement Geometry, JsonElement Properties, IReadOnlyList<OgcLink>? Links = null);

public sealed record OgcFeatureCollection(
    string Type, IReadOnlyList<OgcFeature> Features, long NumberMatched, int NumberReturned, IReadOnlyList<OgcLink> Links);

/// <summary>Writes items and single features as RFC 7946 GeoJSON with the OGC members: counts and links.</summary>
public static class OgcFeatureWriter
{
    public static byte[] Collection(IReadOnlyList<FeatureRecord> features, long numberMatched, IReadOnlyList<OgcLink> links)
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
                FeatureCollectionWriter.WriteFeatureMembers(json, ForDownload(feature));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("numberMatched", numberMatched);
            json.WriteNumber("numberReturned", features.Count);
            WriteLinks(json, links);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static byte[] Feature(FeatureRecord feature, IReadOnlyList<OgcLink> links)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            FeatureCollectionWriter.WriteFeatureMembers(json, ForDownload(feature));
            WriteLinks(json, links);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static MapFeature ForDownload(FeatureRecord feature) =>
        new(feature.FeatureId, OgcGeometry.ForDownload(feature.Geometry), feature.PropertiesJson);

    private static void WriteLinks(Utf8JsonWriter json, IReadOnlyList<OgcLink> links)
    {
        json.WritePropertyName("links");
        JsonSerializer.Serialize(json, links, OgcDocuments.Options);
    }
}
