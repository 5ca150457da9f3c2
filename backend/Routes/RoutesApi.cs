using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Maps.Api.Errors;
using Maps.Api.Geo;
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
        new[] { "routes", "route-factors", "route-costs", "border-hours", "volumes" }.Select(GeodataDocument.Json).ToList();

    public static IServiceCollection AddRoutes(this IServiceCollection services) =>
        services.AddStoredDataCache<RouteNetworkProvider>().AddStoredDataCache<RouteFiguresProvider>()
            .AddSingleton<RouteComparisons>().AddWarmupStep<RoutesWarmup>().AddGeodataDocuments(Documents);

    public static void MapRoutes(this IEndpointRouteBuilder app)
    {
        var routes = app.MapGroup("/api/routes").WithTags("Routes").AllowCrossOriginReads();
        routes.MapGet("/", List).Produces<RouteSummaryInfo[]>().ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/nodes", Nodes).Produces<NetworkNodeInfo[]>().ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/compare", Compare).Produces<RouteComparisonAnswer>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/plan", Plan).RequireComputeLimits(RateLimits.Computed).Produces<RouteMetricsInfo>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        routes.MapPost("/metrics", Metrics).RequireComputeLimits(RateLimits.Metrics)
            .Accepts<JsonObject>("application/geo+json", "application/json").Produces<RouteMetricsInfo>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        routes.MapGet("/volumes", Volumes).Produces<RouteVolumesAnswer>().WithName("listRouteVolumes")
            .WithSummary("Volumes by year, one series per reporter, and the capacity of the corridors' bottlenecks");
        app.MapBrief();
    }

    private static async Task<CachedJsonResult> Volumes(RouteFiguresProvider figures, CachedAnswers answers)
    {
        var data = await figures.GetAsync();
        return await answers.GetAsync("/api/routes/volumes", () => RouteCapacity.Volumes(data));
    }

    /// <summary>
    /// What a path costs, how long its borders hold freight and its tightest link, from the published figures.
    /// </summary>
    private static void AddFigures(JsonObject metrics, RouteFigures figures, string? routeId, IReadOnlyList<string> nodes)
    {
        metrics["costUsdPerFeu"] = RouteCost.Of(figures, routeId);
        metrics["borderHours"] = RouteBorderHours.Of(figures, nodes);
        metrics["tightestLink"] = RouteCapacity.Tightest(figures, nodes);
    }

    // Every answer takes lang (en, ru, zh) for the names of routes, nodes and sections; its cache key carries it.
    private static string Keyed(string key, string language) =>
        language == Language.English ? key : $"{key}{(key.Contains('?') ? '&' : '?')}lang={language}";

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> List(string? lang, RouteNetworkProvider provider, CachedAnswers answers)
    {
        if (!Language.TryParse(lang, out var language, out var problem)) return problem!;
        return await answers.GetAsync(Keyed("/api/routes", language), async () => Describe(await provider.GetAsync(language)));
    }

    private static JsonNode Describe(RouteNetwork network) =>
        new JsonArray(network.Routes.Select(r => (JsonNode?)new JsonObject
        {
            ["id"] = r.Id,
            ["name"] = r.Name,
            ["from"] = r.From,
            ["to"] = r.To,
            ["modes"] = new JsonArray(RouteMetrics.LegsOf(network, r.Nodes).Select(l => l.Mode).Distinct().Select(m => (JsonNode?)m).ToArray()),
            ["nodes"] = new JsonArray(r.Nodes.Select(n => (JsonNode?)n).ToArray()),
            ["disruption"] = r.Disruption?.DeepClone(),
        }).ToArray());

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> Nodes(string? lang, RouteNetworkProvider provider, CachedAnswers answers)
    {
        if (!Language.TryParse(lang, out var language, out var problem)) return problem!;
        return await answers.GetAsync(Keyed("/api/routes/nodes", language), async () => new JsonArray((await provider.GetAsync(language)).Nodes.Values
            .OrderBy(n => n.Name).Select(n => (JsonNode?)new JsonObject
            {
                ["id"] = n.Id, ["name"] = n.Name, ["kind"] = n.Kind, ["country"] = n.Country,
                ["coordinates"] = new JsonArray(n.Location.X, n.Location.Y),
                ["names"] = n.Names is null ? new JsonObject { ["en"] = n.Name } : Names(n.Names),
            }).ToArray()));
    }

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> Compare(
        string? ids, string? lang, RouteNetworkProvider provider, RouteFiguresProvider figuresProvider, RouteComparisons comparisons)
    {
        if (!Language.TryParse(lang, out var language, out var invalid)) return invalid!;
        var requested = (ids ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (requested.Length is < MinCompare or > MaxCompare)
            return Problems.BadRequest("Wrong number of routes", $"Compare {MinCompare} to {MaxCompare} routes: ids=a,b[,…]; got {requested.Length}.");
        if (requested.Distinct().Count() != requested.Length)
            return Problems.BadRequest("Repeated route", "Each route may appear once in ids.");
        var network = await provider.GetAsync(language);
        var unknown = requested.Where(id => network.Routes.All(r => r.Id != id)).ToList();
        if (unknown.Count > 0)
            return Problems.NotFound("Unknown route", $"No route '{string.Join("', '", unknown)}'. Routes: {string.Join(", ", network.Routes.Select(r => r.Id))}.");
        var figures = await figuresProvider.GetAsync();
        // Joined per request from each route's comparison, written once: no ordering or subset is kept on its own.
        var routes = requested.Select(id => comparisons.Get(network, figures, id)).ToList();
        return new CachedJsonResult(EncodedBody.Create(RouteComparisons.Answer(routes), cached: false));
    }

    /// <summary>A named route's metrics as compare answers them (and the brief prints them).</summary>
    internal static JsonObject Answer(RouteNetwork network, RouteFigures figures, RouteDefinition r)
    {
        var legs = RouteMetrics.LegsOf(network, r.Nodes);
        var m = RouteMetrics.Compute(network, legs, new TransitClaims(r.Transit, r.TransitNote, r.TransitComparisons, r.TransitRangeNote));
        m["id"] = r.Id;
        m["name"] = r.Name;
        m["nodes"] = new JsonArray(r.Nodes.Select(n => (JsonNode?)n).ToArray());
        if (r.Disruption is { } disruption) m["disruption"] = disruption.DeepClone();
        AddStatus(m, legs);
        AddFigures(m, figures, r.Id, r.Nodes);
        return Ordered(m);
    }

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> Plan(
        string? from, string? to, string? avoid, string? by, string? scenario, string? lang, RouteNetworkProvider provider,
        RouteFiguresProvider figuresProvider, CachedAnswers answers, ComputeSlots slots, HttpResponse response, CancellationToken ct)
    {
        if (!Language.TryParse(lang, out var language, out var invalid)) return invalid!;
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            return Problems.BadRequest("Missing endpoint", "Give from and to as node ids (GET /api/routes/nodes lists them).");
        var weight = by switch
        {
            null or "distance" => RoutePlanner.Weight.Distance,
            "time" => RoutePlanner.Weight.Time,
            _ => (RoutePlanner.Weight?)null,
        };
        if (weight is null) return Problems.BadRequest("Invalid by", $"by is 'distance' or 'time'; got '{by}'.");
        var links = scenario switch
        {
            null or "today" => RoutePlanner.Scenario.Today,
            "planned" => RoutePlanner.Scenario.Planned,
            _ => (RoutePlanner.Scenario?)null,
        };
        if (links is null)
            return Problems.BadRequest("Invalid scenario", $"scenario is 'today' (operational links only) or 'planned' (with links under construction); got '{scenario}'.");
        var avoided = (avoid ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (avoided.FirstOrDefault(a => !Iso3().IsMatch(a)) is { } bad)
            return Problems.BadRequest("Invalid avoid", $"avoid lists ISO 3166-1 alpha-3 codes such as RUS; got '{bad}'.");
        var network = await provider.GetAsync(language);
        foreach (var node in new[] { from, to })
            if (!network.Nodes.ContainsKey(node)) return Problems.NotFound("Unknown node", $"No node '{node}' (GET /api/routes/nodes lists them).");
        // Only countries the network enters reach the answer's key: avoiding any other changes nothing, and a key made
        // of arbitrary codes would let anyone fill the cache.
        var entered = network.Nodes.Values.Select(n => n.Country).Concat(network.Segments.SelectMany(s => s.Countries.Select(c => c.Iso3))).ToHashSet();
        if (avoided.FirstOrDefault(a => !entered.Contains(a)) is { } elsewhere)
            return Problems.BadRequest("Country not on the network",
                $"The network does not enter {elsewhere}, so there is nothing to avoid. It enters {string.Join(", ", entered.Order())}.");
        var figures = await figuresProvider.GetAsync();
        var key = $"/api/routes/plan?from={from}&to={to}&avoid={string.Join(',', avoided.Order())}&by={weight}";
        key = Keyed(key + $"&scenario={links}", language);
        using var slot = await slots.AcquireAsync(ct);
        if (!slot.IsAcquired) return ComputeSlots.Busy(response);
        var answer = answers.GetOpenEnded(key, () =>
        {
            var nodes = RoutePlanner.Plan(network, from, to, avoided, weight.Value, links.Value);
            if (nodes is null) return null;
            var legs = RouteMetrics.LegsOf(network, nodes);
            var metrics = RouteMetrics.Compute(network, legs, TransitClaims.None);
            metrics["id"] = "plan";
            metrics["name"] = $"{network.Nodes[from].Name} → {network.Nodes[to].Name}";
            metrics["nodes"] = new JsonArray(nodes.Select(n => (JsonNode?)n).ToArray());
            metrics["scenario"] = links == RoutePlanner.Scenario.Today ? "today" : "planned";
            AddStatus(metrics, legs);
            // Costs are published for named routes, not for a path the planner finds.
            AddFigures(metrics, figures, null, nodes);
            return Ordered(metrics);
        });
        return answer is null
            ? Problems.NotFound("No path", $"The network has no path from {network.Nodes[from].Name} to {network.Nodes[to].Name}"
                + (avoided.Count > 0 ? $" that avoids {string.Join(", ", avoided.Order())}" : "")
                + (links == RoutePlanner.Scenario.Today ? " with the links open today (scenario=planned adds those under construction)." : "."))
            : answer;
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Metrics(
        HttpRequest request, string? lang, RouteNetworkProvider provider, IConfiguration config, ComputeSlots slots, CancellationToken ct)
    {
        if (!Language.TryParse(lang, out var language, out var invalid)) return invalid!;
        RouteInput.Parsed input;
        try
        {
            input = await RouteInput.ReadAsync(request, config.GetValue("Atlas:Limits:RouteVertices", RouteInput.DefaultMaxVertices), ct);
        }
        catch (RouteInput.RejectedException e)
        {
            return Problems.Of(e.Status, e.Title, e.Message);
        }
        var network = await provider.GetAsync(language);
        using var slot = await slots.AcquireAsync(ct);
        if (!slot.IsAcquired) return ComputeSlots.Busy(request.HttpContext.Response);
        var legs = DrawnRoute.Legs(network, input.Line, input.LandMode);
        var metrics = RouteMetrics.Compute(network, legs, TransitClaims.None, gaugesKnown: false);
        metrics["id"] = "custom";
        metrics["name"] = input.Name ?? "Your route";
        metrics["gaugeNote"] = "A drawn route carries no track-gauge information.";
        metrics["geometry"] = System.Text.Json.JsonSerializer.SerializeToNode<NetTopologySuite.Geometries.Geometry>(
            NetTopologySuite.Precision.GeometryPrecisionReducer.ReducePointwise(input.Line, new NetTopologySuite.Geometries.PrecisionModel(1e6)),
            GeoJsonSetup.Options);
        return TypedResults.Ok(Ordered(metrics));
    }

    /// <summary>
    /// Whether every link is open today, and if not, the latest expected opening among those that are not.
    /// </summary>
    internal static void AddStatus(JsonObject metrics, IReadOnlyList<RouteLeg> legs)
    {
        var pending = legs.Select(l => l.Segment).OfType<NetworkSegment>().Where(s => !s.Operational).DistinctBy(s => s.Id).ToList();
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
        new(names.Where(p => p.Key != "sources" && p.Value is JsonValue).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!.DeepClone())));

    [GeneratedRegex(@"^[A-Z]{3}\z")]
    private static partial Regex Iso3();
}
