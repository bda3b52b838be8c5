namespace RencontresAict.Workflows.Email;

/// <summary>Wakes the dispatcher as soon as a transaction that queued mail commits, instead of at its next poll.</summary>
public sealed class OutboxSignal(TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one wake-up dispatches everything due.
        }
    }

    public void Dispose() => _wake.Dispose();

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = _wake.WaitAsync(both.Token);
        var elapsed = Task.Delay(interval, clock, both.Token);
        await Task.WhenAny(woken, elapsed);
        await both.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
