namespace Maps.Api.Storage;

/// <summary>
/// A value loaded from the store on first use and kept once it has loaded. Unlike <see cref="Lazy{T}"/> of a task, a
/// failed load is not kept: the store may have been unreachable for a moment, so the next caller loads again.
/// Callers that arrive while a load is under way share it. Loads run on the thread pool.
/// </summary>
public sealed class RetryingLoad<T>(Func<Task<T>> load)
{
    private readonly Lock gate = new();
    private Task<T>? current;

    public Task<T> GetAsync()
    {
        lock (gate)
        {
            if (current is null || current.IsFaulted || current.IsCanceled) current = Task.Run(load);
            return current;
        }
    }

    /// <summary>True once a load has succeeded; the value stays until <see cref="Reset"/>.</summary>
    public bool IsLoaded => current is { IsCompletedSuccessfully: true };

    /// <summary>Forgets the value (the stored data changed): the next caller loads again; a load under way ends for
    /// those already waiting on it.</summary>
    public void Reset()
    {
        lock (gate) current = null;
    }
}
