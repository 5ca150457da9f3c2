using System.Net;
using System.Threading.RateLimiting;
using Maps.Api.Hosting;
using Maps.Api.Tests.Layers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Maps.Api.Tests.Hosting;

public sealed class ComputeSlotsTests : IDisposable
{
    private readonly AtlasApp app = new(settings: new Dictionary<string, string>
    {
        ["Atlas:Limits:ComputeConcurrency"] = "1",
        ["Atlas:Limits:ComputeQueue"] = "0",
    });

    public void Dispose() => app.Dispose();

    private static ComputeSlots Slots(Dictionary<string, string?> settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    /// <summary>A lease handed over when given back is completed at once; asserting it first means no await hangs.</summary>
    private static RateLimitLease Completed(ValueTask<RateLimitLease> acquiring)
    {
        Assert.True(acquiring.IsCompleted, "still waiting");
        return acquiring.Result;
    }

    [Fact]
    public void Past_the_slots_and_their_queue_a_request_is_refused_at_once()
    {
        var slots = Slots(new() { ["Atlas:Limits:ComputeConcurrency"] = "2" });
        var held = new[] { Completed(slots.AcquireAsync(default)), Completed(slots.AcquireAsync(default)) };
        Assert.All(held, lease => Assert.True(lease.IsAcquired));
        var queued = Enumerable.Range(0, 2 * ComputeSlots.QueuePerSlot).Select(_ => slots.AcquireAsync(default)).ToList();
        Assert.All(queued, waiting => Assert.False(waiting.IsCompleted));
        using (var refused = Completed(slots.AcquireAsync(default))) Assert.False(refused.IsAcquired);
        // A slot given back goes to the oldest waiting.
        held[0].Dispose();
        var first = Completed(queued[0]);
        Assert.True(first.IsAcquired);
        Assert.All(queued.Skip(1), waiting => Assert.False(waiting.IsCompleted));
        first.Dispose();
        held[1].Dispose();
        foreach (var waiting in queued.Skip(1)) Completed(waiting).Dispose();
    }

    [Fact]
    public async Task Long_computations_take_at_most_half_the_slots_and_cannot_fill_the_queue_plans_wait_in()
    {
        var slots = Slots(new() { ["Atlas:Limits:ComputeConcurrency"] = "2" });
        var running = await slots.AcquireLongAsync(default);
        Assert.True(running.IsAcquired);
        var waiting = new[] { slots.AcquireLongAsync(default), slots.AcquireLongAsync(default) };
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        using (var refused = Completed(slots.AcquireLongAsync(default))) Assert.False(refused.IsAcquired);
        // The other slot stays for plans, and the plans' queue is still whole.
        var plan = Completed(slots.AcquireAsync(default));
        Assert.True(plan.IsAcquired);
        var queued = Enumerable.Range(0, 2 * ComputeSlots.QueuePerSlot).Select(_ => slots.AcquireAsync(default)).ToList();
        Assert.All(queued, w => Assert.False(w.IsCompleted));
        foreach (var lease in new[] { plan, running }.Concat(queued.Select(Completed))) lease.Dispose();
        // Bounded, so that a turn never given back fails the test rather than hanging the run.
        foreach (var w in waiting) (await w.AsTask().WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    [Fact]
    public void An_impossible_queue_stops_the_start()
    {
        using var wrong = new AtlasApp(settings: new Dictionary<string, string> { ["Atlas:Limits:ComputeQueue"] = "-1" });
        var stopped = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
        Assert.Contains("QueueLimit", stopped.ToString());
    }

    [Fact]
    public async Task A_plan_asked_before_is_answered_while_every_slot_is_taken_and_a_new_one_is_busy()
    {
        using var client = app.CreateClient();
        const string plan = "/api/routes/plan?from=xian&to=istanbul";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(plan)).StatusCode);
        using var slot = await app.Services.GetRequiredService<ComputeSlots>().AcquireAsync(default);
        Assert.True(slot.IsAcquired);

        using var again = await client.GetAsync(plan);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var other = await client.GetAsync("/api/routes/plan?from=xian&to=istanbul&by=time");
        var problem = await LayersApiTests.AssertProblem(other, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Busy", problem.GetProperty("title").GetString());
        Assert.Equal(TimeSpan.FromSeconds(1), other.Headers.RetryAfter?.Delta);
    }
}
