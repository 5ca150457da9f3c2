using Maps.Api.Errors;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Hosting;

public static class HealthApi
{
    /// <summary>GET /healthz: 200 when the store answers, 503 problem details when it does not.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async Task<Results<Ok<HealthReport>, ProblemHttpResult>> (IAtlasStore store, CancellationToken ct) =>
        {
            try
            {
                if (await store.PingAsync(ct)) return TypedResults.Ok(new HealthReport("ok", store.Kind));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Store unavailable", e.Message);
            }
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Store unavailable", "The store did not answer.");
        }).WithTags("Operations");

    public sealed record HealthReport(string Status, string Store);
}
