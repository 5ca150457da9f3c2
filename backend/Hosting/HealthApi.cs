using Maps.Api.Errors;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Hosting;

public static class HealthApi
{
    /// <summary>
    /// GET /healthz: 200 when the store answers, 503 while it does not. The problem detail stays generic (the
    /// exception can name the database host); the log has the cause. Never cached.
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async Task<Results<Ok<HealthReport>, ProblemHttpResult>> (
            IAtlasStore store, HttpResponse response, ILoggerFactory logs, CancellationToken ct) =>
        {
            response.Headers.CacheControl = "no-store";
            try
            {
                if (await store.PingAsync(ct)) return TypedResults.Ok(new HealthReport("ok", store.Kind));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logs.CreateLogger("Maps.Api.Health").LogWarning(e, "The {Store} store did not answer the health check", store.Kind);
            }
            return StoreUnavailable.Problem(response);
        }).WithTags("Operations");

    public sealed record HealthReport(string Status, string Store);
}
