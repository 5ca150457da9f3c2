using System.Text.Json.Nodes;

namespace Maps.Api.Storage;

/// <summary>
/// A document a feature keeps in the store whole, read from its own file of geodata/ at seeding: the feature says which
/// file and how it becomes JSON, the store keeps it under <see cref="Key"/>. Features register theirs (AddTrade,
/// AddRoutes, AddTimeline), so Storage names none of them.
/// </summary>
public sealed record GeodataDocument(string Key, string FileName, Func<string, SourceKeys, JsonNode> Read)
{
    /// <summary>A JSON file of geodata/ named after its key, every "sources" list of keys in it resolved.</summary>
    public static GeodataDocument Json(string key) =>
        new(key, $"{key}.json", (path, sources) => sources.ResolveAll(JsonNode.Parse(File.ReadAllText(path))!, path));
}

public static class GeodataDocuments
{
    /// <summary>Registers documents for seeding; the store setup reads every one registered.</summary>
    public static IServiceCollection AddGeodataDocuments(
        this IServiceCollection services, IEnumerable<GeodataDocument> documents)
    {
        foreach (var document in documents) services.AddSingleton(document);
        return services;
    }
}

/// <summary>
/// Turns source keys into the { title, url } objects of sources.json; an unknown key is a data error.
/// </summary>
public sealed class SourceKeys(IReadOnlyDictionary<string, JsonObject> sources)
{
    public JsonArray Resolve(JsonArray keys, string where) =>
        new(keys.Select(k =>
        {
            var key = k!.GetValue<string>();
            return sources.TryGetValue(key, out var source)
                ? (JsonNode)source.DeepClone()
                : throw new InvalidDataException($"{where}: unknown source '{key}' (not in sources.json)");
        }).ToArray());

    /// <summary>Resolves every "sources" array of keys anywhere in a document, in place.</summary>
    public JsonNode ResolveAll(JsonNode node, string where)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (name == "sources" && obj[name] is JsonArray keys) obj[name] = Resolve(keys, where);
                    else if (obj[name] is { } child) ResolveAll(child, where);
                }
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) ResolveAll(item, where);
                break;
        }
        return node;
    }
}
