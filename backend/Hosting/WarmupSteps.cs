namespace Maps.Api.Hosting;

/// <summary>
/// When a warm-up step runs: before the app reports itself warm (what the first view waits for), or after.
/// </summary>
public enum WarmupStage { FirstView, Later }

/// <summary>
/// Work a feature does ahead of its readers. Each feature registers its own; <see cref="Warmup"/> runs them.
/// </summary>
public interface IWarmupStep
{
    WarmupStage Stage { get; }

    Task RunAsync(CancellationToken ct);
}

public static class WarmupSteps
{
    /// <summary>Steps of a stage run in the order they are registered.</summary>
    public static IServiceCollection AddWarmupStep<T>(this IServiceCollection services) where T : class, IWarmupStep =>
        services.AddSingleton<IWarmupStep, T>();
}
