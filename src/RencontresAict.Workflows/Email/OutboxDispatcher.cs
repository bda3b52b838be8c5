using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// Sends the outbox in the background: claims due messages (atomically, under a lease), sends them, and records
/// each outcome; a failure is retried with exponential back-off until <see cref="EmailOptions.MaxAttempts"/>, then
/// the message waits as Failed for an administrator's retry. Nothing is lost: a message leaves Pending only for
/// Sent or Failed, and a dispatcher that dies mid-round leaves claims that expire and are taken again.
/// At-least-once, honestly: if the process dies after the SMTP server accepted a message but before Sent is
/// recorded, the message is sent again after the lease — with the same Message-Id, so clients can drop the copy.
/// With several servers, one node dispatches a batch at a time (the "outbox-dispatch" lock, held one batch and at most
/// <see cref="EmailOptions.DispatchTurnExpiry"/>, so a node killed in its turn holds the others up that long); the
/// claims alone already keep two dispatchers from sending one message, the lock keeps them from racing for the same rows.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    EmailTransportFactory transports,
    IOptions<EmailOptions> options,
    IDistributedLock locks,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan RecordRetryDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>One round: claims a batch of due messages and sends it; returns how many were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var claims = await ClaimAsync();
        if (claims.Count > 0)
        {
            await SendClaimedAsync(claims, cancellationToken);
        }

        return claims.Count;
    }

    internal async Task<IReadOnlyList<OutboxClaim>> ClaimAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxStore>().ClaimDueAsync(clock.GetUtcNow(), options.Value.BatchSize);
    }

    internal async Task SendClaimedAsync(IReadOnlyList<OutboxClaim> claims, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        await using var transport = transports.Create();
        foreach (var claim in claims)
        {
            var message = await store.LoadAsync(claim.DocumentId);
            if (message is null)
            {
                continue;
            }

            try
            {
                await transport.SendAsync(MimeMessageBuilder.Build(message), cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var error = $"{ex.GetType().Name}: {ex.Message}";
                logger.LogWarning("E-mail {MessageId} not sent (attempt {Attempt}): {Error}", message.MessageId, claim.Attempts, error);
                await store.MarkFailedAttemptAsync(claim, error, clock.GetUtcNow());
                continue;
            }

            if (!await RecordSentAsync(store, claim, message.MessageId, cancellationToken))
            {
                logger.LogWarning(
                    "E-mail {MessageId} was sent after its claim expired; another dispatcher may send it again, with the same Message-Id",
                    message.MessageId);
            }
        }
    }

    /// <summary>
    /// The SMTP server has the message: unless Sent is recorded, the message goes again once the claim's lease ends. A
    /// database lost for a moment (a restart) is waited for, each try in a scope of its own, until that lease would end.
    /// </summary>
    private async Task<bool> RecordSentAsync(OutboxStore store, OutboxClaim claim, string messageId, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + options.Value.ClaimLease;
        try
        {
            return await store.MarkSentAsync(claim, clock.GetUtcNow());
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("E-mail {MessageId} sent but not recorded as sent, tried again until the database answers: {Error}", messageId, ex.Message);
        }

        while (true)
        {
            await Task.Delay(RecordRetryDelay, cancellationToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<OutboxStore>().MarkSentAsync(claim, clock.GetUtcNow());
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested && clock.GetUtcNow() < until)
            {
                // still out of reach
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchInTurnAsync(stoppingToken))
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Outbox dispatch round failed, retried at the next poll: {Error}", ex.Message);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One batch in this node's turn; false when the turn did not come or nothing was due.</summary>
    private async Task<bool> DispatchBatchInTurnAsync(CancellationToken cancellationToken)
    {
        await using var turn = await TakeTurnAsync(cancellationToken);
        return turn is not null && await DispatchDueAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// This node's turn to dispatch (see <see cref="EmailOptions.DispatchTurnExpiry"/>); while another node has it,
    /// waits up to a poll interval (that node sends what is due, and this one takes over after it, so a message queued
    /// here is not left waiting). Null when none came.
    /// </summary>
    internal async Task<IAsyncDisposable?> TakeTurnAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await locks.AcquireAsync("outbox-dispatch", options.Value.DispatchTurnExpiry, options.Value.PollInterval, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
