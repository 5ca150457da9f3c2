using Maps.Api.Hosting;

namespace Maps.Api.Routes;

/// <summary>
/// The route network intersects every segment with the full-resolution borders once: done before a planner asks.
/// </summary>
internal sealed class RoutesWarmup(RouteNetworkProvider routes) : IWarmupStep
{
    public WarmupStage Stage => WarmupStage.FirstView;

    public Task RunAsync(CancellationToken ct) => routes.GetAsync();
}
