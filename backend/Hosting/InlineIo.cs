using System.Runtime.CompilerServices;

namespace Maps.Api.Hosting;

/// <summary>
/// Runs socket completions and Kestrel's request loop on the socket event threads instead of handing every read and
/// write to the thread pool. On a two-core server those hand-offs, not the bytes, were most of the cost of a cached
/// layer: borders at zoom 4 went from ~24,000 to ~30,000 requests/s (bench/). The price: whatever blocks on an event
/// thread stalls every connection on it. Nothing here does: SQLite calls run on the thread pool (SqliteStore), Npgsql
/// is asynchronous, payloads and cached answers are built with Task.Run, and the one heavy computation on a request
/// body (route metrics) leaves first. Atlas:InlineIo=false turns it off; it applies on Linux, where the runtime's socket engine has it.
/// </summary>
public static class InlineIo
{
    private const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static bool IsEnabled(IConfiguration config) => OperatingSystem.IsLinux() && config.GetValue("Atlas:InlineIo", true);

    public static void UseInlineIo(this WebApplicationBuilder builder)
    {
        if (!IsEnabled(builder.Configuration)) return;
        // The runtime reads this once, when the first socket joins its event loop; Kestrel has not bound yet.
        Environment.SetEnvironmentVariable(InlineCompletions, "1");
        builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = true);
    }

    /// <summary>
    /// A request body read that had to wait resumes on an event thread; handlers that then touch the store or compute
    /// call this first. On the thread pool already, it costs one work item.
    /// </summary>
    public static YieldAwaitable LeaveEventThread() => Task.Yield();
}
