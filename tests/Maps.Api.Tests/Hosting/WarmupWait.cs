namespace Maps.Api.Tests.Hosting;

/// <summary>
/// How long a test waits for a warm-up state before it fails. A warm-up is about 25 s of one core alone, but the full
/// suite runs test classes side by side on two cores, where it took over two minutes (CI failed at the old 30 s
/// bound). The tests wait for the state, so a longer ceiling only delays a real failure.
/// </summary>
internal static class WarmupWait
{
    public static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(5);
}
