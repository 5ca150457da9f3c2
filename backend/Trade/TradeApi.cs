using System.Globalization;
using System.Text.Json.Nodes;
using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.OpenData;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Trade;

/// <summary>
/// GET /api/trade?year=&amp;reporter=, /api/trade/series and /api/trade/context: China's merchandise trade with the
/// five Central Asian states, China-reported and partner-reported kept apart, every value with its source, and the gap
/// between the two wherever both report a year ("mirror"). A value no source gives is null, never estimated.
/// </summary>
public static class TradeApi
{
    public const string Unit = "USD";

    /// <summary>What the trade feature keeps in the store, read from geodata/ at seeding.</summary>
    public static readonly IReadOnlyList<GeodataDocument> Documents =
        [TradeCsv.Document, GeodataDocument.Json("trade-context")];

    public static IServiceCollection AddTrade(this IServiceCollection services) =>
        services.AddStoredDataCache<TradeData>().AddWarmupStep<TradeWarmup>().AddGeodataDocuments(Documents);

    public static void MapTrade(this IEndpointRouteBuilder app)
    {
        var trade = app.MapGroup("/api/trade").WithTags("Trade").AllowCrossOriginReads();
        trade.MapGet("/", GetYear).Produces<TradeYearAnswer>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        trade.MapGet("/series", GetSeries).Produces<TradeSeriesAnswer>();
        trade.MapGet("/context", GetContext).Produces<TradeContextAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<CachedJsonResult, ProblemHttpResult>> GetYear(
        string? year, string? reporter, TradeData data, CachedAnswers answers)
    {
        if (year is null || year.Length != 4
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return Problems.BadRequest("Invalid year",
                $"year must be a four-digit year such as 2023; got '{year ?? ""}'.");
        reporter ??= "china";
        if (!TradePartners.Reporters.Contains(reporter))
            return Problems.BadRequest("Invalid reporter", $"reporter must be 'china' or 'partner'; got '{reporter}'.");

        var answer = await answers.GetIfAnyAsync($"/api/trade?year={y}&reporter={reporter}",
            async () => Year(await data.AllAsync(), await data.MirrorReasonsAsync(), y, reporter));
        return answer is null
            ? Problems.NotFound("No trade data",
                $"No {reporter}-reported trade figures for {y} are in the data; no value is estimated.")
            : answer;
    }

    private static JsonObject? Year(IReadOnlyList<TradeRecord> all, JsonArray reasons, int y, string reporter)
    {
        var values = all.Where(r => r.Year == y && r.Reporter == reporter).ToDictionary(r => r.Iso3);
        if (values.Count == 0) return null;
        var partners = TradePartners.Names.Select(p =>
        {
            var partner = values.TryGetValue(p.Key, out var r)
                ? Point(r, new JsonObject { ["iso3"] = p.Key, ["name"] = p.Value })
                : new JsonObject
                {
                    ["iso3"] = p.Key, ["name"] = p.Value, ["total"] = null, ["exports"] = null, ["imports"] = null,
                    ["source"] = null, ["sources"] = new JsonArray(),
                };
            partner["mirror"] = TradeMirror.For(all, p.Key, y, reasons);
            return partner;
        });
        return new JsonObject
        {
            ["year"] = y,
            ["unit"] = Unit,
            ["reporter"] = reporter,
            ["perspective"] = reporter == "china"
                ? "exports and imports are China's"
                : "exports and imports are the partner's",
            ["partners"] = new JsonArray(partners.ToArray<JsonNode?>()),
        };
    }

    internal static Task<CachedJsonResult> GetSeries(TradeData data, CachedAnswers answers) =>
        answers.GetAsync("/api/trade/series",
            async () => Series(await data.AllAsync(), await data.MirrorReasonsAsync()));

    private static JsonNode Series(IReadOnlyList<TradeRecord> all, JsonArray reasons)
    {
        var series = TradePartners.Reporters
            .SelectMany(reporter => TradePartners.Names.Select(p => (reporter, p.Key, p.Value)))
            .Select(s => (s, points: all.Where(r => r.Reporter == s.reporter && r.Iso3 == s.Key)
                .OrderBy(r => r.Year).ToList()))
            .Where(s => s.points.Count > 0)
            .Select(s => new JsonObject
            {
                ["iso3"] = s.s.Key,
                ["name"] = s.s.Value,
                ["reporter"] = s.s.reporter,
                ["points"] = new JsonArray(s.points
                    .Select(r => (JsonNode?)Point(r, new JsonObject { ["year"] = r.Year })).ToArray()),
            });
        return new JsonObject
        {
            ["unit"] = Unit,
            ["years"] = new JsonArray(all.Select(r => r.Year).Distinct().Order().Select(y => (JsonNode?)y).ToArray()),
            ["series"] = new JsonArray(series.ToArray<JsonNode?>()),
            ["mirror"] = TradeMirror.All(all, reasons),
        };
    }

    internal static async Task<Results<CachedJsonResult, ProblemHttpResult>> GetContext(
        IAtlasStore store, CachedAnswers answers, CancellationToken ct)
    {
        var answer = await answers.GetIfAnyAsync("/api/trade/context", async () =>
            await store.GetDocumentAsync("trade-context", ct) is { } json ? JsonNode.Parse(json) : null);
        return answer is null ? Problems.NotFound("No trade context", "The store holds no trade context.") : answer;
    }

    /// <summary>A value with its first source as "source" (the contract) and all of them as "sources".</summary>
    private static JsonObject Point(TradeRecord r, JsonObject into)
    {
        var sources = JsonNode.Parse(r.SourcesJson)!.AsArray();
        into["total"] = TradeData.Usd(r.Total);
        into["exports"] = TradeData.Usd(r.Exports);
        into["imports"] = TradeData.Usd(r.Imports);
        into["source"] = sources[0]?.DeepClone();
        into["sources"] = sources;
        into["derived"] = r.Derived;
        into["note"] = r.Note;
        return into;
    }
}
