using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Maps.Api.Errors;
using Maps.Api.Geo;
using Maps.Api.Hosting;
using Maps.Api.Languages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Routes;

/// <summary>
/// GET /api/routes/plan and POST /api/routes/metrics: metrics of a path the planner finds or a reader draws.
/// </summary>
public static partial class RoutesApi
{
    /// <summary>A plan's query, checked: the network it plans on, the path's ends and what it must avoid.</summary>
    private sealed record PlanQuery(
        RouteNetwork Network, string From, string To, HashSet<string> Avoided, RoutePlanner.Weight Weight,
        RoutePlanner.Scenario Links);

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> Plan(
        string? from, string? to, string? avoid, string? by, string? scenario, string? lang,
        RouteNetworkProvider provider,
        RouteFiguresProvider figuresProvider, CachedAnswers answers, ComputeSlots slots, HttpResponse response,
        CancellationToken ct)
    {
        if (!Language.TryParse(lang, out var language, out var invalid)) return invalid!;
        // Read before the data the plan is built from: a plan built from data a reload replaced while it waited for a
        // slot is kept under the old generation, where no one finds it.
        var generation = answers.Generation;
        var (query, problem) = await ReadPlanQueryAsync(from, to, avoid, by, scenario, language, provider);
        if (query is null) return problem!;
        var (network, avoided, weight, links) = (query.Network, query.Avoided, query.Weight, query.Links);
        var figures = await figuresProvider.GetAsync();
        var key = $"/api/routes/plan?from={from}&to={to}&avoid={string.Join(',', avoided.Order())}&by={weight}";
        key = Keyed(key + $"&scenario={links}", language);
        // A plan asked before is served as it is: only computing one waits for a slot.
        if (answers.OpenEndedIfKept(generation, key) is { } cachedPlan) return cachedPlan;
        using var slot = await slots.AcquireAsync(ct);
        if (!slot.IsAcquired) return ComputeSlots.Busy(response);
        var answer = answers.GetOpenEnded(generation, key, () => PlanMetrics(query, figures));
        return answer is null
            ? Problems.NotFound("No path",
                $"The network has no path from {network.Nodes[query.From].Name} to {network.Nodes[query.To].Name}"
                + (avoided.Count > 0 ? $" that avoids {string.Join(", ", avoided.Order())}" : "")
                + (links == RoutePlanner.Scenario.Today
                    ? " with the links open today (scenario=planned adds those under construction)."
                    : "."))
            : answer;
    }

    /// <summary>The query's parameters checked in turn, or the problem with the first that is wrong.</summary>
    private static async Task<(PlanQuery? Query, ProblemHttpResult? Problem)> ReadPlanQueryAsync(
        string? from, string? to, string? avoid, string? by, string? scenario, string language,
        RouteNetworkProvider provider)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            return (null, Problems.BadRequest("Missing endpoint",
                "Give from and to as node ids (GET /api/routes/nodes lists them)."));
        var weight = by switch
        {
            null or "distance" => RoutePlanner.Weight.Distance,
            "time" => RoutePlanner.Weight.Time,
            _ => (RoutePlanner.Weight?)null,
        };
        if (weight is null)
            return (null, Problems.BadRequest("Invalid by", $"by is 'distance' or 'time'; got '{by}'."));
        var links = scenario switch
        {
            null or "today" => RoutePlanner.Scenario.Today,
            "planned" => RoutePlanner.Scenario.Planned,
            _ => (RoutePlanner.Scenario?)null,
        };
        if (links is null)
            return (null, Problems.BadRequest("Invalid scenario", "scenario is 'today' (operational links only) or " +
                $"'planned' (with links under construction); got '{scenario}'."));
        var avoided = (avoid ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet();
        if (avoided.FirstOrDefault(a => !Iso3().IsMatch(a)) is { } bad)
            return (null, Problems.BadRequest("Invalid avoid",
                $"avoid lists ISO 3166-1 alpha-3 codes such as RUS; got '{bad}'."));
        var network = await provider.GetAsync(language);
        var problem = CheckOnNetwork(network, [from, to], avoided);
        return problem is null
            ? (new PlanQuery(network, from, to, avoided, weight.Value, links.Value), null)
            : (null, problem);
    }

    private static ProblemHttpResult? CheckOnNetwork(RouteNetwork network, string[] ends, HashSet<string> avoided)
    {
        foreach (var node in ends)
            if (!network.Nodes.ContainsKey(node))
                return Problems.NotFound("Unknown node", $"No node '{node}' (GET /api/routes/nodes lists them).");
        // Only countries the network enters reach the answer's key: avoiding any other changes nothing, and a key made
        // of arbitrary codes would let anyone fill the cache.
        var entered = network.Nodes.Values.Select(n => n.Country)
            .Concat(network.Segments.SelectMany(s => s.Countries.Select(c => c.Iso3))).ToHashSet();
        if (avoided.FirstOrDefault(a => !entered.Contains(a)) is { } elsewhere)
            return Problems.BadRequest("Country not on the network",
                $"The network does not enter {elsewhere}, so there is nothing to avoid. " +
                $"It enters {string.Join(", ", entered.Order())}.");
        return null;
    }

    /// <summary>The planned path's metrics, or null when there is no path.</summary>
    private static JsonObject? PlanMetrics(PlanQuery query, RouteFigures figures)
    {
        var (network, from, to) = (query.Network, query.From, query.To);
        var nodes = RoutePlanner.Plan(network, from, to, query.Avoided, query.Weight, query.Links);
        if (nodes is null) return null;
        var legs = RouteMetrics.LegsOf(network, nodes);
        var metrics = RouteMetrics.Compute(network, legs, TransitClaims.None);
        metrics["id"] = "plan";
        metrics["name"] = $"{network.Nodes[from].Name} → {network.Nodes[to].Name}";
        metrics["nodes"] = new JsonArray(nodes.Select(n => (JsonNode?)n).ToArray());
        metrics["scenario"] = query.Links == RoutePlanner.Scenario.Today ? "today" : "planned";
        AddStatus(metrics, legs);
        // Costs are published for named routes, not for a path the planner finds.
        AddFigures(metrics, figures, null, nodes);
        return Ordered(metrics);
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Metrics(
        HttpRequest request, string? lang, RouteNetworkProvider provider, IConfiguration config, ComputeSlots slots,
        CancellationToken ct)
    {
        if (!Language.TryParse(lang, out var language, out var invalid)) return invalid!;
        RouteInput.Parsed input;
        try
        {
            var maxVertices = config.GetValue("Atlas:Limits:RouteVertices", RouteInput.DefaultMaxVertices);
            input = await RouteInput.ReadAsync(request, maxVertices, ct);
        }
        catch (RouteInput.RejectedException e)
        {
            return Problems.Of(e.Status, e.Title, e.Message);
        }
        var network = await provider.GetAsync(language);
        using var slot = await slots.AcquireLongAsync(ct);
        if (!slot.IsAcquired) return ComputeSlots.Busy(request.HttpContext.Response);
        var legs = DrawnRoute.Legs(network, input.Line, input.LandMode);
        var metrics = RouteMetrics.Compute(network, legs, TransitClaims.None, gaugesKnown: false);
        metrics["id"] = "custom";
        metrics["name"] = input.Name ?? "Your route";
        metrics["gaugeNote"] = "A drawn route carries no track-gauge information.";
        var line = NetTopologySuite.Precision.GeometryPrecisionReducer.ReducePointwise(
            input.Line, new NetTopologySuite.Geometries.PrecisionModel(1e6));
        metrics["geometry"] = System.Text.Json.JsonSerializer.SerializeToNode<NetTopologySuite.Geometries.Geometry>(
            line, GeoJsonSetup.Options);
        return TypedResults.Ok(Ordered(metrics));
    }

    [GeneratedRegex(@"^[A-Z]{3}\z")]
    private static partial Regex Iso3();
}
