using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Storage;

/// <summary>
/// Reads geodata/ (the source of truth) into a snapshot for the store: layers.json names the layers and their files,
/// sources.json the publications that features cite by key. A data error stops the app with the file and feature named.
/// </summary>
public static class Geodata
{
    /// <summary>Bump when the way files become rows changes, so existing databases are seeded again.</summary>
    private const string SeedFormat = "seed-format-3";

    /// <summary>Reads the layers and their features, and the documents the features registered.</summary>
    public static GeodataSnapshot Load(string directory, IEnumerable<GeodataDocument> documents)
    {
        var catalogPath = Path.Combine(directory, "layers.json");
        var sourcesPath = Path.Combine(directory, "sources.json");
        var sources = new SourceKeys(ReadSources(sourcesPath));
        var catalog = JsonNode.Parse(File.ReadAllText(catalogPath))!.AsObject();
        var licences = catalog["licences"]?.AsObject()
            ?? throw new InvalidDataException($"{catalogPath}: no 'licences'");

        var layers = new List<LayerRecord>();
        var features = new List<FeatureRecord>();
        var files = new List<string> { catalogPath, sourcesPath };
        var borderHoursPath = Path.Combine(directory, "border-hours.json");
        files.Add(borderHoursPath);
        var borderHours = BorderHoursByFeature(borderHoursPath, sources);
        var roles = new[]
        {
            ("overlay", catalog["overlays"]!), ("basemap", catalog["basemap"]!), ("network", catalog["network"]!),
        };
        foreach (var (role, entries) in roles)
        {
            foreach (var entry in entries.AsArray().Select(e => e!.AsObject()))
            {
                var id = Required(entry, "id", catalogPath);
                var file = Path.Combine(directory, Required(entry, "file", catalogPath));
                files.Add(file);
                layers.Add(LayerOf(entry, id, role, layers.Count, sources, licences, catalogPath));
                features.AddRange(ReadFeatures(id, file, sources, borderHours));
            }
        }
        var stored = new Dictionary<string, string>();
        foreach (var document in documents)
        {
            var path = Path.Combine(directory, document.FileName);
            files.Add(path);
            stored.Add(document.Key, document.Read(path, sources).ToJsonString());
        }
        var version = new DataVersion(Release(catalog, catalogPath), ContentHash(files));
        return new GeodataSnapshot(version.ToString(), layers, features, stored);
    }

    /// <summary>A layer as the catalogue describes it, its sources and licence resolved.</summary>
    private static LayerRecord LayerOf(
        JsonObject entry, string id, string role, int order, SourceKeys sources, JsonObject licences,
        string catalogPath)
    {
        var layerSources = sources.Resolve(entry["sources"]?.AsArray() ?? [], $"{catalogPath} layer {id}");
        var (title, description) = (Texts(entry, "title", catalogPath), Texts(entry, "description", catalogPath));
        return new LayerRecord(id, role, title["en"]!.GetValue<string>(), Required(entry, "geometryType", catalogPath),
            description["en"]!.GetValue<string>(), layerSources.ToJsonString(), order,
            Licence(entry, licences, $"{catalogPath} layer {id}"),
            new JsonObject { ["title"] = title, ["description"] = description }.ToJsonString());
    }

    private static Dictionary<string, JsonObject> ReadSources(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.AsObject());

    /// <summary>
    /// The hours to cross a border (border-hours.json) as facts of the hubs and crossings they were measured at, so
    /// their popups show them: "2022, outbound: 34.8 h at Horgos (China), rail (ADB CAREC CPMM)" with its sources.
    /// </summary>
    private static Dictionary<(string Layer, string Id), JsonArray> BorderHoursByFeature(
        string path, SourceKeys sources)
    {
        var facts = new Dictionary<(string, string), JsonArray>();
        if (!File.Exists(path)) return facts;
        foreach (var figure in JsonNode.Parse(File.ReadAllText(path))!["figures"]!.AsArray().Select(f => f!.AsObject()))
        {
            var hours = figure["hours"]!.GetValue<double>().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = $"{figure["year"]!.GetValue<int>()}, {figure["direction"]!.GetValue<string>()}: {hours} h at "
                + $"{figure["place"]!.GetValue<string>()} ({figure["reporter"]!.GetValue<string>()})";
            foreach (var feature in figure["features"]!.AsArray())
            {
                var key = (feature!["layer"]!.GetValue<string>(), feature["id"]!.GetValue<string>());
                if (!facts.TryGetValue(key, out var list)) facts[key] = list = [];
                var cited = sources.Resolve(figure["sources"]!.AsArray(), path);
                list.Add(new JsonObject { ["text"] = text, ["sources"] = cited });
            }
        }
        return facts;
    }

    private static IEnumerable<FeatureRecord> ReadFeatures(
        string layerId, string file, SourceKeys sources,
        Dictionary<(string Layer, string Id), JsonArray> borderHours)
    {
        var collection = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var seen = new HashSet<string>();
        foreach (var feature in collection["features"]!.AsArray().Select(f => f!.AsObject()))
        {
            var id = feature["id"]?.GetValue<string>()
                ?? throw new InvalidDataException($"{file}: a feature has no string id");
            if (!seen.Add(id)) throw new InvalidDataException($"{file}: feature id '{id}' appears twice");
            var properties = (JsonObject)sources.ResolveAll(
                feature["properties"]?.DeepClone() ?? new JsonObject(), $"{file} feature {id}");
            if (borderHours.TryGetValue((layerId, id), out var hours)) properties["borderHours"] = hours.DeepClone();
            var geometry = feature["geometry"].Deserialize<Geometry>(GeoJsonSetup.Options)
                ?? throw new InvalidDataException($"{file}: feature '{id}' has no geometry");
            var validity = new NetTopologySuite.Operation.Valid.IsValidOp(geometry);
            if (!validity.IsValid)
                throw new InvalidDataException(
                    $"{file}: feature '{id}' has an invalid geometry: {validity.ValidationError}");
            yield return new FeatureRecord(layerId, id, properties.ToJsonString(), geometry);
        }
    }

    /// <summary>The layer's licence key resolved to { title, url }, with the attribution the layer asks for.</summary>
    private static string Licence(JsonObject entry, JsonObject licences, string where)
    {
        var key = Required(entry, "licence", where);
        var licence = licences[key]?.DeepClone().AsObject()
            ?? throw new InvalidDataException($"{where}: unknown licence '{key}'");
        licence["attribution"] = Required(entry, "attribution", where);
        return licence.ToJsonString();
    }

    /// <summary>
    /// A text of the catalogue in each language: { en, ru, zh } (English required), or plain English.
    /// </summary>
    private static JsonObject Texts(JsonObject entry, string name, string file) => entry[name] switch
    {
        JsonObject texts when texts["en"] is JsonValue => (JsonObject)texts.DeepClone(),
        JsonValue english => new JsonObject { ["en"] = english.GetValue<string>() },
        _ => throw new InvalidDataException($"{file}: an entry has no '{name}' in English"),
    };

    private static string Required(JsonObject entry, string name, string file) =>
        entry[name]?.GetValue<string>() ?? throw new InvalidDataException($"{file}: an entry has no '{name}'");

    /// <summary>The data release of layers.json (see <see cref="DataVersion"/>): a whole number, 1 or more.</summary>
    private static long Release(JsonObject catalog, string file) =>
        catalog["release"] is JsonValue value && value.TryGetValue<long>(out var release) && release >= 1
            ? release
            : throw new InvalidDataException($"{file}: 'release' must be a whole number of 1 or more");

    private static string ContentHash(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(SeedFormat));
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
