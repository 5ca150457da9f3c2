using System.Text.Json.Nodes;
using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.Languages;
using Maps.Api.OpenData;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Routes;

/// <summary>
/// GET /api/routes, /api/routes/compare, /api/routes/plan, /api/routes/nodes and POST /api/routes/metrics:
/// route metrics computed from the network's geometry for planners comparing corridors.
/// </summary>
public static partial class RoutesApi
{
    public const int MinCompare = 2;
    public const int MaxCompare = 6;

    /// <summary>What the routes feature keeps in the store, read from geodata/ at seeding.</summary>
    public static readonly IReadOnlyList<GeodataDocument> Documents =
        new[] { "routes", "route-factors", "route-costs", "border-hours", "volumes" }
            .Select(GeodataDocument.Json).ToList();

    public static IServiceCollection AddRoutes(this IServiceCollection services) =>
        services.AddStoredDataCache<RouteNetworkProvider>().AddStoredDataCache<RouteFiguresProvider>()
            .AddSingleton<RouteComparisons>().AddWarmupStep<RoutesWarmup>().AddGeodataDocuments(Documents);

    public static void MapRoutes(this IEndpointRouteBuilder app)
    {
        var routes = app.MapGroup("/api/routes").WithTags("Routes").AllowCrossOriginReads();
        routes.MapGet("/", List).Produces<RouteSummaryInfo[]>().ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/nodes", Nodes).Produces<NetworkNodeInfo[]>().ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/compare", Compare).Produces<RouteComparisonAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/plan", Plan).RequireComputeLimits(RateLimits.Computed).Produces<RouteMetricsInfo>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        routes.MapPost("/metrics", Metrics).RequireComputeLimits(RateLimits.Metrics)
            .Accepts<JsonObject>("application/geo+json", "application/json").Produces<RouteMetricsInfo>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        routes.MapGet("/volumes", Volumes).Produces<RouteVolumesAnswer>().WithName("listRouteVolumes")
            .WithSummary("Volumes by year, one series per reporter, and the capacity of the corridors' bottlenecks");
        app.MapBrief();
    }

    // The figures are read inside the build, after the answers' generation: figures read before a reload and kept
    // after it would be answered until the next reload.
    private static Task<CachedJsonResult> Volumes(RouteFiguresProvider figures, CachedAnswers answers) =>
        answers.GetAsync("/api/routes/volumes", async () => (JsonNode)RouteCapacity.Volumes(await figures.GetAsync()));

    /// <summary>
    /// What a path costs, how long its borders hold freight and its tightest link, from the published figures.
    /// </summary>
    private static void AddFigures(
        JsonObject metrics, RouteFigures figures, string? routeId, IReadOnlyList<string> nodes)
    {
        metrics["costUsdPerFeu"] = RouteCost.Of(figures, routeId);
        metrics["borderHours"] = RouteBorderHours.Of(figures, nodes);
        metrics["tightestLink"] = RouteCapacity.Tightest(figures, nodes);
    }

    // Every answer takes lang (en, ru, zh) for the names of routes, nodes and sections; its cache key carries it.
    private static string Keyed(string key, string language) =>
        language == Language.English ? key : $"{key}{(key.Contains('?') ? '&' : '?')}lang={language}";

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> List(
        string? lang, RouteNetworkProvider provider, CachedAnswers answers)
    {
        if (!Language.TryParse(lang, out var language, out var problem)) return problem!;
        return await answers.GetAsync(Keyed("/api/routes", language),
            async () => Describe(await provider.GetAsync(language)));
    }

    private static JsonNode Describe(RouteNetwork network) =>
        new JsonArray(network.Routes.Select(r => (JsonNode?)new JsonObject
        {
            ["id"] = r.Id,
            ["name"] = r.Name,
            ["from"] = r.From,
            ["to"] = r.To,
            ["modes"] = new JsonArray(RouteMetrics.LegsOf(network, r.Nodes).Select(l => l.Mode).Distinct()
                .Select(m => (JsonNode?)m).ToArray()),
            ["nodes"] = new JsonArray(r.Nodes.Select(n => (JsonNode?)n).ToArray()),
            ["disruption"] = r.Disruption?.DeepClone(),
        }).ToArray());

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> Nodes(
        string? lang, RouteNetworkProvider provider, CachedAnswers answers)
    {
        if (!Language.TryParse(lang, out var language, out var problem)) return problem!;
        return await answers.GetAsync(Keyed("/api/routes/nodes", language), async () => new JsonArray(
            (await provider.GetAsync(language)).Nodes.Values
            .OrderBy(n => n.Name).Select(n => (JsonNode?)new JsonObject
            {
                ["id"] = n.Id, ["name"] = n.Name, ["kind"] = n.Kind, ["country"] = n.Country,
                ["coordinates"] = new JsonArray(n.Location.X, n.Location.Y),
                ["names"] = n.Names is null ? new JsonObject { ["en"] = n.Name } : Names(n.Names),
            }).ToArray()));
    }

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> Compare(
        string? ids, string? lang, RouteNetworkProvider provider, RouteFiguresProvider figuresProvider,
        RouteComparisons comparisons)
    {
        if (!Language.TryParse(lang, out var language, out var invalid)) return invalid!;
        var requested = (ids ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (requested.Length is < MinCompare or > MaxCompare)
            return Problems.BadRequest("Wrong number of routes",
                $"Compare {MinCompare} to {MaxCompare} routes: ids=a,b[,…]; got {requested.Length}.");
        if (requested.Distinct().Count() != requested.Length)
            return Problems.BadRequest("Repeated route", "Each route may appear once in ids.");
        var network = await provider.GetAsync(language);
        var unknown = requested.Where(id => network.Routes.All(r => r.Id != id)).ToList();
        if (unknown.Count > 0)
            return Problems.NotFound("Unknown route", $"No route '{string.Join("', '", unknown)}'. " +
                $"Routes: {string.Join(", ", network.Routes.Select(r => r.Id))}.");
        var figures = await figuresProvider.GetAsync();
        // Joined per request from each route's comparison, written once: no ordering or subset is kept on its own.
        var routes = requested.Select(id => comparisons.Get(network, figures, id)).ToList();
        return new CachedJsonResult(EncodedBody.Create(RouteComparisons.Answer(routes), cached: false));
    }

    /// <summary>A named route's metrics as compare answers them (and the brief prints them).</summary>
    internal static JsonObject Answer(RouteNetwork network, RouteFigures figures, RouteDefinition r)
    {
        var legs = RouteMetrics.LegsOf(network, r.Nodes);
        var m = RouteMetrics.Compute(network, legs,
            new TransitClaims(r.Transit, r.TransitNote, r.TransitComparisons, r.TransitRangeNote));
        m["id"] = r.Id;
        m["name"] = r.Name;
        m["nodes"] = new JsonArray(r.Nodes.Select(n => (JsonNode?)n).ToArray());
        if (r.Disruption is { } disruption) m["disruption"] = disruption.DeepClone();
        AddStatus(m, legs);
        AddFigures(m, figures, r.Id, r.Nodes);
        return Ordered(m);
    }

    /// <summary>
    /// Whether every link is open today, and if not, the latest expected opening among those that are not.
    /// </summary>
    internal static void AddStatus(JsonObject metrics, IReadOnlyList<RouteLeg> legs)
    {
        var pending = legs.Select(l => l.Segment).OfType<NetworkSegment>().Where(s => !s.Operational)
            .DistinctBy(s => s.Id).ToList();
        metrics["status"] = pending.Count == 0 ? "operational" : "under-construction";
        metrics["opensAbout"] = pending.Select(s => s.ExpectedOpening).OfType<JsonObject>()
            .MaxBy(o => o["year"]!.GetValue<int>())?.DeepClone();
    }

    /// <summary>id and name first, as API.md lists the fields.</summary>
    internal static JsonObject Ordered(JsonObject metrics)
    {
        var ordered = new JsonObject { ["id"] = metrics["id"]?.DeepClone(), ["name"] = metrics["name"]?.DeepClone() };
        foreach (var (key, value) in metrics)
            if (key is not ("id" or "name")) ordered[key] = value?.DeepClone();
        return ordered;
    }

    /// <summary>
    /// A node's names, { en, ru, zh } as far as sources give them (their source list stays in the layers).
    /// </summary>
    private static JsonObject Names(JsonObject names) =>
        new(names.Where(p => p.Key != "sources" && p.Value is JsonValue)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!.DeepClone())));
}
