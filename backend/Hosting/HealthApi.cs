using System.Globalization;
using Maps.Api.Errors;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Hosting;

/// <summary>
/// Liveness and readiness, for a process supervisor and a load balancer respectively. A database blip makes every
/// instance unready at once but none of them dead: a supervisor that restarts on liveness keeps them running, and a
/// proxy that routes on readiness sends traffic back the moment the store answers. Never cached.
/// </summary>
public static class HealthApi
{
    public const string ShuttingDownTitle = "Shutting down";

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz/live", (HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(new LivenessReport("ok"));
        }).WithTags("Operations").WithName("getLiveness").WithSummary("Liveness: 200 while the process runs");
        app.MapGet("/healthz/ready", Ready).WithTags("Operations").WithName("getReadiness")
            .WithSummary("Readiness: 200 when the store answers and holds seeded data, 503 otherwise");
        // The address health checks used before readiness had its own.
        app.MapGet("/healthz", Ready).WithTags("Operations").WithName("getHealth")
            .WithSummary("Readiness (alias of /healthz/ready)");
    }

    /// <summary>
    /// The store answers and holds data (its data version is one read of one row), and the process is not shutting down
    /// (it drains what is in flight, and a proxy should send nothing new). The problem detail stays generic (the
    /// exception can name the database host); the log has the cause.
    /// </summary>
    private static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> Ready(
        IAtlasStore store, DataVersionWatch served, IHostApplicationLifetime lifetime, HttpResponse response,
        ILoggerFactory logs, CancellationToken ct)
    {
        response.Headers.CacheControl = "no-store";
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            response.Headers.RetryAfter = StoreUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, ShuttingDownTitle,
                "This instance is shutting down; another one answers.");
        }
        try
        {
            if (await store.GetDataVersionAsync(ct) is not null)
                return TypedResults.Ok(new HealthReport("ok", store.Kind, served.Current));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.CreateLogger("Maps.Api.Health")
                .LogWarning(e, "The {Store} store did not answer the readiness check", store.Kind);
        }
        return StoreUnavailable.Problem(response);
    }

    public sealed record LivenessReport(string Status);

    /// <summary>Ready: the store it uses, and the version of geodata this instance serves (see DataVersion).</summary>
    public sealed record HealthReport(string Status, string Store, string? DataVersion);
}
