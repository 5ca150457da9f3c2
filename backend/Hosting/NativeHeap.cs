using System.Runtime.InteropServices;

namespace Maps.Api.Hosting;

/// <summary>
/// Hands the C heap's free pages back to the system, once, after the warm-up. glibc keeps what native code freed (the
/// warm-up's Brotli and gzip encoders, SQLite's reads) for its next allocations: 4-7 MB resident at rest that nothing
/// uses until load comes, which allocates again anyway. A call, not a setting: it changes no allocator policy, and
/// only this process's heap. Without glibc (musl, macOS, Windows) there is no malloc_trim and it does nothing.
/// </summary>
internal static class NativeHeap
{
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: nothing to hand back this way.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
