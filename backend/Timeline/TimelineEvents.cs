using System.Text.Json;
using System.Text.Json.Nodes;
using Maps.Api.Geo;
using Maps.Api.Storage;
using NetTopologySuite.Geometries;

namespace Maps.Api.Timeline;

/// <summary>
/// The timeline's events in one language: the texts of that language, the sources (resolved at seeding), and for each
/// feature an event concerns its layer, id and name, with its geometry when it is a line or a point, so that the map
/// can mark it even where no drawn layer holds it (a network segment) or the year hides it (a line not yet built).
/// Polygons (a whole country) are marked on their own layer instead; their size would dwarf the rest.
/// </summary>
public static class TimelineEvents
{
    public const string DefaultLanguage = "en";

    public static readonly string[] Languages = ["en", "ru", "zh"];

    public static async Task<JsonNode> BuildAsync(IAtlasStore store, string lang)
    {
        var document = await store.GetDocumentAsync("events", CancellationToken.None) is { } json
            ? JsonNode.Parse(json)!.AsObject()
            : null;
        var events = document?["events"]?.AsArray().Select(e => e!.AsObject()).ToList() ?? [];
        var features = new Dictionary<(string Layer, string Id), FeatureRecord>();
        foreach (var layer in events.SelectMany(e => FeatureRefs(e).Select(r => r.Layer)).Distinct())
            foreach (var feature in await store.GetFeaturesAsync(layer, CancellationToken.None))
                features[(layer, feature.FeatureId)] = feature;

        var answer = events.OrderBy(e => Start(e), StringComparer.Ordinal)
            .ThenBy(e => (string)e["id"]!, StringComparer.Ordinal)
            .Select(e => (JsonNode?)Event(e, lang, features)).ToArray();
        return new JsonObject
        {
            ["lang"] = lang,
            // English is the original; the other languages are the atlas's own translations of it.
            ["translation"] = lang == DefaultLanguage ? "original" : "project",
            ["events"] = new JsonArray(answer),
        };
    }

    private static JsonObject Event(JsonObject e, string lang, Dictionary<(string, string), FeatureRecord> features)
    {
        var date = (string)e["date"]!;
        var refs = FeatureRefs(e).Where(features.ContainsKey).Select(r => features[r]).ToList();
        var box = new Envelope();
        foreach (var feature in refs) box.ExpandToInclude(feature.Geometry.EnvelopeInternal);
        return new JsonObject
        {
            ["id"] = e["id"]!.DeepClone(),
            ["date"] = date,
            ["precision"] = e["precision"]!.DeepClone(),
            ["year"] = int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = Text(e["title"], lang),
            ["summary"] = Text(e["summary"], lang),
            ["features"] = new JsonArray(refs.Select(f => (JsonNode?)Feature(f)).ToArray()),
            ["bbox"] = box.IsNull
                ? null
                : new JsonArray(Round(box.MinX), Round(box.MinY), Round(box.MaxX), Round(box.MaxY)),
            ["sources"] = e["sources"]!.DeepClone(),
            ["notes"] = new JsonArray((e["notes"]?.AsArray() ?? []).Select(n => (JsonNode?)new JsonObject
            {
                ["text"] = Text(n!["text"], lang),
                ["sources"] = n["sources"]!.DeepClone(),
            }).ToArray()),
        };
    }

    private static JsonObject Feature(FeatureRecord feature)
    {
        var properties = JsonNode.Parse(feature.PropertiesJson)!.AsObject();
        var node = new JsonObject
        {
            ["layer"] = feature.LayerId,
            ["id"] = feature.FeatureId,
            ["name"] = properties["name"]?.DeepClone() ?? properties["title"]?.DeepClone(),
        };
        if (feature.Geometry is not (Polygon or MultiPolygon))
            node["geometry"] = JsonSerializer.SerializeToNode(feature.Geometry, GeoJsonSetup.Options);
        return node;
    }

    /// <summary>The features an event names, as { "layer": [ids] } in events.json.</summary>
    public static IEnumerable<(string Layer, string Id)> FeatureRefs(JsonObject e) =>
        (e["features"]?.AsObject() ?? []).SelectMany(p => p.Value!.AsArray().Select(id => (p.Key, (string)id!)));

    private static string Start(JsonObject e) => ((string)e["date"]!).Split('/')[0];

    private static JsonNode? Text(JsonNode? text, string lang) =>
        text?[lang]?.DeepClone() ?? text?[DefaultLanguage]?.DeepClone();

    private static JsonNode Round(double value) => Math.Round(value, 4);
}
