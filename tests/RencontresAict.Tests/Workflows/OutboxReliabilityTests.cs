using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Hosting;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Tests.Workflows;

[Trait("Dates", "ServerZone")]
public sealed class OutboxReliabilityTests
{
    [Fact]
    public async Task FiftyMessagesQueuedWhileSmtpIsDownAllArriveOnceWhenItIsBack()
    {
        var clock = new TestClock();
        using var smtp = new SmtpSink(start: false);
        await using var host = await WorkflowsTestHost.StartAsync(clock, WorkflowsTestHost.Smtp(smtp.Port));
        await EnqueueAsync(host, 50);

        await host.Dispatcher().DispatchDueAsync();
        var waiting = await host.ListOutboxAsync(OutboxStatus.Pending);
        smtp.Start();
        await host.Dispatcher().DispatchDueAsync();
        var notYet = smtp.Messages.Count;
        clock.Advance(TimeSpan.FromSeconds(31));
        while (await host.Dispatcher().DispatchDueAsync() > 0)
        {
        }

        Assert.Equal(50, waiting.Count);
        Assert.All(waiting, m => Assert.Equal(1, m.Attempts));
        Assert.All(waiting, m => Assert.Contains("SocketException", m.LastError));
        Assert.Equal(0, notYet);
        var received = await smtp.WaitForAsync(50);
        Assert.Equal(50, received.Count);
        Assert.Equal(50, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(50, (await host.ListOutboxAsync(OutboxStatus.Sent)).Count);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task DispatcherStoppedBetweenClaimAndSendLosesNothingAndDoublesNothing(string provider)
    {
        var clock = new TestClock();
        using var smtp = new SmtpSink();
        await using var host = await WorkflowsTestHost.StartAsync(clock, WorkflowsTestHost.Smtp(smtp.Port), provider);
        await EnqueueAsync(host, 3);
        var crashed = host.Dispatcher();
        var claims = await crashed.ClaimAsync();

        var restarted = ActivatorUtilities.CreateInstance<OutboxDispatcher>(host.Services);
        var duringLease = await restarted.DispatchDueAsync();
        clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        var afterLease = await restarted.DispatchDueAsync();
        var again = await restarted.DispatchDueAsync();

        Assert.Equal(3, claims.Count);
        Assert.Equal(0, duringLease);
        Assert.Equal(3, afterLease);
        Assert.Equal(0, again);
        Assert.Equal(3, (await smtp.WaitForAsync(3)).Count);
        await Task.Delay(200);
        Assert.Equal(3, smtp.Messages.Count);
        var sent = await host.ListOutboxAsync(OutboxStatus.Sent);
        Assert.Equal(3, sent.Count);
        Assert.All(sent, m => Assert.Equal(2, m.Attempts));
    }

    [Fact]
    public async Task AMessageSentJustBeforeTheDatabaseIsLostForAMomentIsRecordedSentWhenItIsBackAndNotSentAgain()
    {
        var clock = new TestClock();
        using var smtp = new SmtpSink();
        await using var host = await WorkflowsTestHost.StartAsync(clock, services =>
        {
            WorkflowsTestHost.Smtp(smtp.Port)(services);
            FailingDatabase.Install(services);
            services.AddSingleton<EmailTransportFactory, DatabaseLostAfterSendTransports>();
        });
        await EnqueueAsync(host, 1);

        var claimed = await host.Dispatcher().DispatchDueAsync();
        clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1)); // past the claim's lease
        var claimedAgain = await host.Dispatcher().DispatchDueAsync();

        Assert.Equal(1, claimed);
        Assert.Equal(0, claimedAgain);
        Assert.Single(await smtp.WaitForAsync(1));
        Assert.Single(await host.ListOutboxAsync(OutboxStatus.Sent));
    }

    [Fact]
    public async Task MessageIsMarkedFailedAfterItsLastAttemptAndSentAgainOnRetry()
    {
        var clock = new TestClock();
        using var smtp = new SmtpSink(start: false);
        await using var host = await WorkflowsTestHost.StartAsync(clock, services =>
        {
            WorkflowsTestHost.Smtp(smtp.Port)(services);
            services.Configure<EmailOptions>(o => o.MaxAttempts = 3);
        });
        var queued = (await EnqueueAsync(host, 1))[0];

        var delays = new List<TimeSpan>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await host.Dispatcher().DispatchDueAsync();
            var state = (await host.ListOutboxAsync()).Single();
            delays.Add(state.NextAttemptUtc!.Value - clock.GetUtcNow().UtcDateTime);
            clock.Advance(TimeSpan.FromHours(2));
        }

        var failed = Assert.Single(await host.ListOutboxAsync(OutboxStatus.Failed));
        smtp.Start();
        await host.InScopeAsync(sp => sp.GetRequiredService<OutboxStore>().RetryAsync(queued.MessageId, clock.GetUtcNow()));
        await host.Dispatcher().DispatchDueAsync();

        Assert.Equal(TimeSpan.FromSeconds(30), delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(60), delays[1]);
        Assert.Equal(3, failed.Attempts);
        Assert.Single(await smtp.WaitForAsync(1));
        Assert.Single(await host.ListOutboxAsync(OutboxStatus.Sent));
    }

    private static async Task<List<OutboxMessage>> EnqueueAsync(ContentEngineHost host, int count)
    {
        var queued = new List<OutboxMessage>();
        await host.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<EmailOutbox>();
            for (var i = 0; i < count; i++)
            {
                queued.Add(await outbox.EnqueueAsync(new OutboxMessage
                {
                    To = [$"participant{i}@example.org"],
                    Subject = $"Inscription n°{i}",
                    HtmlBody = $"<p>Bonjour n°{i}</p>",
                }));
            }
        });
        return queued;
    }
}
