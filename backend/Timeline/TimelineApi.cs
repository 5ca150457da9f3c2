using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.OpenData;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Timeline;

/// <summary>
/// GET /api/events?lang=en|ru|zh: the timeline (geodata/events.json) in date order, in the language asked for, each
/// event with its sources resolved, the map features it concerns and the box that frames them.
/// </summary>
public static class TimelineApi
{
    /// <summary>What the timeline keeps in the store, read from geodata/ at seeding.</summary>
    public static readonly IReadOnlyList<GeodataDocument> Documents = [GeodataDocument.Json("events")];

    public static IServiceCollection AddTimeline(this IServiceCollection services) =>
        services.AddGeodataDocuments(Documents);

    public static void MapTimeline(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/events", GetEvents).WithTags("Timeline").AllowCrossOriginReads()
            .WithName("listEvents")
            .WithSummary("The timeline's events in one language, with their sources and the features they concern")
            .Produces<TimelineAnswer>().ProducesProblem(StatusCodes.Status400BadRequest);

    internal static async Task<Results<CachedJsonResult, ProblemHttpResult>> GetEvents(
        string? lang, IAtlasStore store, CachedAnswers answers)
    {
        lang ??= TimelineEvents.DefaultLanguage;
        if (!TimelineEvents.Languages.Contains(lang))
            return Problems.BadRequest("Invalid language",
                $"lang must be one of {string.Join(", ", TimelineEvents.Languages)}; got '{lang}'.");
        return await answers.GetAsync($"/api/events?lang={lang}", () => TimelineEvents.BuildAsync(store, lang));
    }
}
