using System.Text.Json.Nodes;
using Maps.Api.Storage;

namespace Maps.Api.Routes;

/// <summary>
/// What the routes cost, how long their borders hold freight and how much moves on them: geodata/route-costs.json,
/// border-hours.json and volumes.json as stored, their source keys already resolved. Loaded once; they change only with
/// geodata/. A route or path the files say nothing about gets "no published figure", never an estimate.
/// </summary>
public sealed class RouteFigures
{
    public const string NoFigure = "No published figure.";

    public required JsonObject Costs { get; init; }
    public required JsonObject BorderHours { get; init; }
    public required JsonObject Volumes { get; init; }

    public static async Task<RouteFigures> LoadAsync(IAtlasStore store, CancellationToken ct)
    {
        async Task<JsonObject> Document(string name) =>
            JsonNode.Parse(await store.GetDocumentAsync(name, ct) ?? "{}")!.AsObject();
        return new RouteFigures
        {
            Costs = await Document("route-costs"),
            BorderHours = await Document("border-hours"),
            Volumes = await Document("volumes"),
        };
    }

    /// <summary>Items of a document's array, or none when the document lacks it.</summary>
    public static IEnumerable<JsonObject> Items(JsonObject document, string name) =>
        (document[name] as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>Whether the item names the route in its "routes" list.</summary>
    public static bool Names(JsonObject item, string routeId) =>
        (item["routes"] as JsonArray ?? []).Any(r => r?.GetValue<string>() == routeId);

    /// <summary>Whether the path passes every one of the item's nodes (a link such as a crossing of a sea).</summary>
    public static bool Passes(JsonObject item, IReadOnlyCollection<string> nodes) =>
        item["nodes"] is JsonArray { Count: > 0 } all && all.All(n => nodes.Contains(n!.GetValue<string>()));

    /// <summary>Whether the path passes any of the item's nodes.</summary>
    public static bool Touches(JsonObject item, IReadOnlyCollection<string> nodes) =>
        (item["nodes"] as JsonArray ?? []).Any(n => nodes.Contains(n!.GetValue<string>()));
}

/// <summary>Loads the figures on first use, and again after a load that failed.</summary>
public sealed class RouteFiguresProvider(IAtlasStore store) : IStoredDataCache
{
    private readonly RetryingLoad<RouteFigures> figures =
        new(() => RouteFigures.LoadAsync(store, CancellationToken.None));

    public Task<RouteFigures> GetAsync() => figures.GetAsync();

    /// <summary>Forgets the figures: the stored data changed (see DataVersionWatch).</summary>
    public void Clear() => figures.Reset();
}
