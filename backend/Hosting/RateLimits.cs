using System.Globalization;
using System.Threading.RateLimiting;
using Maps.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Maps.Api.Hosting;

/// <summary>
/// Per-client rate limits on what costs the server: writes (saved widgets) and answers computed per request (route
/// plans and metrics). Reads of cached data are not limited. Past the limit: 429 with Retry-After and a problem
/// detail. Each limit is Atlas:RateLimits:{Writes|Computed}:PermitLimit requests per :WindowSeconds, per client address.
/// </summary>
public static class RateLimits
{
    public const string Writes = "writes";
    public const string Computed = "computed";

    public static IServiceCollection AddAtlasRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Writes, context => PerClient(context, config, Writes, permits: 60));
            o.AddPolicy(Computed, context => PerClient(context, config, Computed, permits: 240));
            o.OnRejected = async (rejected, ct) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                var context = rejected.HttpContext;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.Of(StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This address has made too many of these requests; try again in {seconds} s.").ExecuteAsync(context);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, IConfiguration config, string name, int permits)
    {
        var section = config.GetSection($"Atlas:RateLimits:{char.ToUpperInvariant(name[0])}{name[1..]}");
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = section.GetValue("PermitLimit", permits),
            Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60)),
            QueueLimit = 0,
        });
    }
}
