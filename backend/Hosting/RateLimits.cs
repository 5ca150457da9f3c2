using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Maps.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;

namespace Maps.Api.Hosting;

/// <summary>
/// Per-client limits on what costs the server: writes (saved widgets), answers computed per request (route plans) and,
/// stricter, route metrics of a drawn line (tens of milliseconds up to a second each). Each is
/// Atlas:RateLimits:{Writes|Computed|Metrics}:PermitLimit requests per :WindowSeconds, per client: an IPv4 address, or
/// an IPv6 /64 (one household or server, which can pick any address of it). Past the limit: 429 with Retry-After. On
/// top, at most Atlas:Limits:ComputeConcurrency computations run at once (see <see cref="ComputeSlots"/>). A
/// computation that has not answered within Atlas:Limits:ComputeSeconds (default 30: well past the cold first load of
/// the route network on a busy machine; what it cuts is a drawn route uploaded a byte at a time) is cut off with a 503.
/// Reads of cached data are not limited.
/// </summary>
public static class RateLimits
{
    public const string Writes = "writes";
    public const string Computed = "computed";
    public const string Metrics = "metrics";

    public static IServiceCollection AddAtlasRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Writes, context => PerClient(context, config, "Writes", permits: 60));
            o.AddPolicy(Computed, context => PerClient(context, config, "Computed", permits: 240));
            o.AddPolicy(Metrics, context => PerClient(context, config, "Metrics", permits: 10));
            o.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                    : 60;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.Of(StatusCodes.Status429TooManyRequests, "Too many requests",
                        $"This address has made too many of these requests; try again in {seconds} s.")
                    .ExecuteAsync(context);
            };
        });
        services.AddSingleton<ComputeSlots>();
        services.AddRequestTimeouts(o => o.AddPolicy(Computed, new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(config.GetValue("Atlas:Limits:ComputeSeconds", 30.0)),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context =>
            {
                context.Response.Headers.RetryAfter = "1";
                return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Took too long",
                        "The answer took longer than the server allows one request; try a simpler request.")
                    .ExecuteAsync(context);
            },
        }));
        return services;
    }

    /// <summary>A computed endpoint: its client's window, the shared concurrency limit and the time limit.</summary>
    public static RouteHandlerBuilder RequireComputeLimits(this RouteHandlerBuilder endpoint, string policy)
    {
        endpoint.RequireRateLimiting(policy).WithRequestTimeout(Computed);
        return endpoint;
    }

    private static RateLimitPartition<string> PerClient(
        HttpContext context, IConfiguration config, string name, int permits)
    {
        var section = config.GetSection($"Atlas:RateLimits:{name}");
        return RateLimitPartition.GetFixedWindowLimiter(Client(context.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = section.GetValue("PermitLimit", permits),
            Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60)),
            QueueLimit = 0,
        });
    }

    /// <summary>
    /// The client a limit counts: an IPv4 address (IPv4-mapped IPv6 included), or the /64 of an IPv6 one.
    /// </summary>
    public static string Client(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>
/// At most Atlas:Limits:ComputeConcurrency computations at once (default: the cores), with a queue of
/// Atlas:Limits:ComputeQueue (default <see cref="QueuePerSlot"/> per slot); past it, 503 with Retry-After. Taken inside
/// the handler, after the client's own limit, after its input is read and checked and after a cached answer is looked
/// for: a slow upload, a client over its limit or an answer already computed never holds a slot others wait for.
/// Long computations (metrics of a drawn line, a brief: up to a second) first take a turn of their own, held by at most
/// half the slots (one, with one or two) with as many waiting as there are slots: a few clients sending them cannot
/// fill the queue plans wait in, and with two slots or more, one is always left to plans.
/// </summary>
public sealed class ComputeSlots
{
    private readonly ConcurrencyLimiter slots;
    private readonly ConcurrencyLimiter longTurns;

    public ComputeSlots(IConfiguration config)
    {
        var count = config.GetValue("Atlas:Limits:ComputeConcurrency", Environment.ProcessorCount);
        slots = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = count,
            QueueLimit = config.GetValue("Atlas:Limits:ComputeQueue", QueuePerSlot * count),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        longTurns = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, count / 2),
            QueueLimit = count,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>
    /// Sixteen waiting per slot: a plan takes about 5 ms, so a full queue of plans waits about 80 ms on two cores. A
    /// queue of two per slot answered 3 % of plans 503 under the soak's 64 connections, eight per slot 0.1 %, sixteen
    /// none (2026-12-06).
    /// </summary>
    public const int QueuePerSlot = 16;

    /// <summary>A slot for a computation of a few milliseconds (a route plan).</summary>
    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken ct) => slots.AcquireAsync(1, ct);

    /// <summary>A long computation's turn, then its slot; both given back when the lease is disposed.</summary>
    public async ValueTask<RateLimitLease> AcquireLongAsync(CancellationToken ct)
    {
        var turn = await longTurns.AcquireAsync(1, ct);
        if (!turn.IsAcquired) return turn;
        try
        {
            var slot = await slots.AcquireAsync(1, ct);
            if (slot.IsAcquired) return new TurnAndSlot(turn, slot);
            turn.Dispose();
            return slot;
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    public static ProblemHttpResult Busy(HttpResponse response)
    {
        response.Headers.RetryAfter = "1";
        return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Busy",
            "The server is computing as many answers as it can; try again in a second.");
    }

    private sealed class TurnAndSlot(RateLimitLease turn, RateLimitLease slot) : RateLimitLease
    {
        private int disposed;

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            // Once, whoever disposes: the inner leases' own guard is not thread-safe.
            if (Interlocked.Exchange(ref disposed, 1) != 0) return;
            slot.Dispose();
            turn.Dispose();
        }
    }
}
