using System.Security.Cryptography;
using System.Text.Json;
using Maps.Api.Hosting;
using Maps.Api.Layers;
using Maps.Api.Storage;

namespace Maps.Api.Ogc;

/// <summary>
/// The GeoJSON schemas of the items answers, for the OpenAPI document (the writer below makes the bytes).
/// </summary>
public sealed record OgcFeature(
    string Type, string Id, JsonElement Geometry, JsonElement Properties, IReadOnlyList<OgcLink>? Links = null);

public sealed record OgcFeatureCollection(
    string Type, IReadOnlyList<OgcFeature> Features, long NumberMatched, int NumberReturned,
    IReadOnlyList<OgcLink> Links);

/// <summary>Writes items and single features as RFC 7946 GeoJSON with the OGC members: counts and links.</summary>
public static class OgcFeatureWriter
{


    /// <summary>
    /// An items page: the prepared features joined, then the counts and links. Its ETag hashes the features' digests
    /// and the tail, not the megabytes themselves.
    /// </summary>
    public static OgcResult Collection(
        IReadOnlyList<PreparedOgcFeature> features, long numberMatched, IReadOnlyList<OgcLink> links)
    {
        var tail = Tail(features.Count, numberMatched, links);
        var parts = FeatureCollectionWriter.Join(features, 1, (into, feature) => into.Add(feature.Json), tail);
        var digests = new byte[features.Count * SHA256.HashSizeInBytes + tail.Length];
        for (var i = 0; i < features.Count; i++)
            features[i].Digest.CopyTo(digests, i * SHA256.HashSizeInBytes);
        tail.CopyTo(digests, features.Count * SHA256.HashSizeInBytes);
        // Joined from deflated features when they are most of the page; else compressed whole by the middleware.
        var deflated = features.Where(f => f.Deflated is not null).Sum(f => (long)f.Json.Length);
        var joinGzip = deflated * 10 >= parts.Sum(p => (long)p.Length) * 9;
        return new OgcResult(parts, EncodedBody.HashOf(digests), OgcDocuments.GeoJson,
            joinGzip ? () => Gzip(parts, features) : null);
    }

    /// <summary>
    /// The page as gzip: the features' blocks deflated beforehand, the bytes between them (and any small feature)
    /// stored.
    /// </summary>
    private static List<ReadOnlyMemory<byte>> Gzip(
        List<ReadOnlyMemory<byte>> parts, IReadOnlyList<PreparedOgcFeature> features)
    {
        var next = 0;
        return GzipMember.Join(parts, part =>
            next < features.Count && GzipMember.IsWhole(part, features[next].Json) ? features[next++].Deflated : null);
    }

    /// <summary>One feature; with links as an answer of its own, without them as part of a page.</summary>
    public static byte[] Feature(FeatureRecord feature, IReadOnlyList<OgcLink>? links) =>
        FeatureCollectionWriter.Feature(ForDownload(feature), links is null ? null : json => WriteLinks(json, links));

    /// <summary>What follows the features: <c>],"numberMatched":…,"numberReturned":…,"links":[…]}</c>.</summary>
    private static byte[] Tail(int numberReturned, long numberMatched, IReadOnlyList<OgcLink> links)
    {
        using var buffer = new MemoryStream();
        buffer.Write("],"u8);
        using (var json = new Utf8JsonWriter(buffer))
        {
            // Written as an object of its own, whose opening brace is then dropped: the page's object is already open.
            json.WriteStartObject();
            json.WriteNumber("numberMatched", numberMatched);
            json.WriteNumber("numberReturned", numberReturned);
            WriteLinks(json, links);
            json.WriteEndObject();
        }
        var written = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return [.. written[..2], .. written[3..]];
    }

    public static MapFeature ForDownload(FeatureRecord feature) =>
        new(feature.FeatureId, OgcGeometry.ForDownload(feature.Geometry), feature.PropertiesJson);

    private static void WriteLinks(Utf8JsonWriter json, IReadOnlyList<OgcLink> links)
    {
        json.WritePropertyName("links");
        JsonSerializer.Serialize(json, links, OgcDocuments.Options);
    }
}
