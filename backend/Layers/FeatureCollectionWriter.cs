using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Layers;

/// <summary>A feature ready to be written: simplified geometry, properties as stored JSON.</summary>
public sealed record MapFeature(string Id, Geometry Geometry, string PropertiesJson);

/// <summary>
/// Writes RFC 7946 FeatureCollections: string ids, no crs member, properties copied as stored. The one place their
/// framing is written: layer payloads (<see cref="LayerCache.Parts"/>) and OGC items pages join their features' bytes
/// with <see cref="Join"/>, and feature objects get their members from <see cref="WriteFeatureMembers"/>.
/// </summary>
public static class FeatureCollectionWriter
{
    private static readonly byte[] Head = "{\"type\":\"FeatureCollection\",\"features\":["u8.ToArray();
    private static readonly byte[] Separator = ","u8.ToArray();

    /// <summary>What closes a collection that has no members after its features.</summary>
    public static readonly byte[] Tail = "]}"u8.ToArray();

    public static byte[] Write(IEnumerable<MapFeature> features)
    {
        var parts = Join(features.ToList(), 1, (into, feature) => into.Add(Feature(feature, more: null)), Tail);
        var body = new byte[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(body.AsMemory(at));
            at += part.Length;
        }
        return body;
    }

    /// <summary>
    /// A FeatureCollection as the parts of one body, none of them copied: the head, each feature's parts (a comma
    /// between two features), then <paramref name="tail"/>, which for an OGC page carries its counts and links.
    /// </summary>
    public static List<ReadOnlyMemory<byte>> Join<T>(
        IReadOnlyList<T> features, int partsPerFeature, Action<List<ReadOnlyMemory<byte>>, T> addFeature,
        ReadOnlyMemory<byte> tail)
    {
        var parts = new List<ReadOnlyMemory<byte>>(features.Count * (partsPerFeature + 1) + 2) { Head };
        for (var i = 0; i < features.Count; i++)
        {
            if (i > 0) parts.Add(Separator);
            addFeature(parts, features[i]);
        }
        parts.Add(tail);
        return parts;
    }

    /// <summary>
    /// One feature object; <paramref name="more"/> writes members after the feature's own (OGC links).
    /// </summary>
    public static byte[] Feature(MapFeature feature, Action<Utf8JsonWriter>? more)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteFeatureMembers(json, feature);
            more?.Invoke(json);
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
