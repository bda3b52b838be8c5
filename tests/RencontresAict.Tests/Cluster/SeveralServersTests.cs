using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RencontresAict.Admin.Publishing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Forms;
using RencontresAict.Web.Cli;
using RencontresAict.Web.Display.PageCache;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Tests.Cluster;

/// <summary>Two nodes on one PostgreSQL database and one Redis server (run-tests.sh starts both).</summary>
public sealed class SeveralServersTests
{
    private const string PauseId = "4a1ct130sess10n02206201600";

    [Fact]
    public async Task APublishOnOneNodeIsSeenOnTheOtherWithinASecondAndARegistrationLinkMadeOnOneIsConfirmedOnTheOther()
    {
        var deployment = DeploymentFiles.Read();
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?> { ["Site:AsOf"] = RegistrationSite.OpenAsOf });
        var cachedOnB = await nodes.B.GetOkPageAsync("/programme");
        var pagesOfB = nodes.B.Services.GetRequiredService<CachedPageStore>();
        var beforePublish = pagesOfB.Generation;

        await nodes.A.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync(PauseId, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Pause café gourmande";
            await content.SaveDraftAsync(draft);
            await content.PublishAsync(draft);
        });
        var seenOnB = await TimeUntilEvictedAndShownAsync(nodes.B, beforePublish,
            async () => (await nodes.B.GetOkPageAsync("/programme")).QuerySelector("main")!.TextContent.Contains("Pause café gourmande", StringComparison.Ordinal));

        var foundOnB = await WaitForSearchAsync(nodes.B, "gourmande");
        var tasksOfPause = await CountAsync(nodes.A, $"SELECT COUNT(*) FROM IndexingTask WHERE ContentItemId = '{PauseId}'");

        // The command line, run with the nodes' settings, changes the site name: every node's cached pages go.
        var recipe = Path.Combine(nodes.A.DataPath, "rename.recipe.json");
        await File.WriteAllTextAsync(recipe, """{ "steps": [ { "name": "Settings", "SiteName": "Rencontres renommées" } ] }""");
        var beforeImport = pagesOfB.Generation;
        var imported = await CommandLine.TryRunAsync(
            ["import-recipe", recipe, .. nodes.Settings.Select(s => $"--{s.Key}={s.Value}")], TextWriter.Null, TextWriter.Null);
        var renamedOnB = await TimeUntilEvictedAndShownAsync(nodes.B, beforeImport,
            async () => (await nodes.B.GetOkPageAsync("/programme")).QuerySelector(".site-name")!.TextContent.Contains("Rencontres renommées", StringComparison.Ordinal));

        using var visitorOnA = new RegistrationVisitor(nodes.A.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var visitorOnB = new RegistrationVisitor(nodes.B.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var posted = await visitorOnA.RegisterAsync(RegistrationVisitor.ValidAnswers());
        var ask = await nodes.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal));
        var link = RegistrationVisitor.LinkIn(ask, "/workflows/signal");
        var pressedOnB = await visitorOnB.FollowAndPressAsync(link);
        var (_, usedLinkOnA) = await visitorOnA.GetAsync(link);

        Assert.Equal(2, deployment.Nodes.Count);
        Assert.Equal(deployment.NodeAddresses, deployment.Upstream); // nginx sends requests to the nodes the files start
        Assert.Contains("Pause café", cachedOnB.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(seenOnB < TimeSpan.FromSeconds(1), $"node B showed the change published on node A after {seenOnB}");
        Assert.True(foundOnB, "node B's search never found the session renamed on node A");
        Assert.Equal(1, tasksOfPause); // the indexing log keeps an item's last change only, which every node's cursor still reaches
        Assert.Equal(0, imported);
        Assert.True(renamedOnB < TimeSpan.FromSeconds(1), $"node B showed the site name imported from the command line after {renamedOnB}");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, pressedOnB.StatusCode);
        Assert.Equal("/inscription/confirmee", pressedOnB.Headers.Location!.OriginalString);
        Assert.Contains("Votre inscription est déjà confirmée", usedLinkOnA.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithBothNodesWorkingInTheBackgroundAScheduledPublicationHappensOnceAndEveryQueuedEmailIsSentOnce()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 5, 2, 8, 0, 0, TimeSpan.Zero));
        var logs = new CapturingLoggerProvider();
        await using var nodes = await TwoNodes.StartAsync(services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
        });
        await nodes.A.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync(PauseId, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Pause programmée";
            await content.SaveDraftAsync(draft);
            await sp.GetRequiredService<PublishScheduleStore>().ScheduleAsync(PauseId, draft.ContentItemVersionId, new DateTime(2022, 5, 2, 8, 30, 0, DateTimeKind.Utc), "admin");
        });

        await Task.WhenAll(QueueAsync(nodes.A, "a", 10), QueueAsync(nodes.B, "b", 10));
        clock.Advance(TimeSpan.FromHours(1)); // both nodes' scheduled publishing ticks at once
        var received = await nodes.Smtp.WaitForAsync(20);
        var title = "";
        for (var i = 0; i < 200 && title != "Pause programmée"; i++)
        {
            await Task.Delay(50);
            title = await TitleOnAsync(nodes.B);
        }

        var unsent = await CountUnsentAsync(nodes.A);
        for (var i = 0; i < 200 && unsent > 0; i++)
        {
            await Task.Delay(50); // the last messages are received before their Sent is recorded
            unsent = await CountUnsentAsync(nodes.A);
        }

        Assert.Equal("Pause programmée", title);
        Assert.Single(logs.Entries, e => e.Message.Contains("as scheduled", StringComparison.Ordinal));
        Assert.Equal(0, unsent);
        Assert.Equal(20, received.Count);
        Assert.Equal(20, received.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task ANodeKilledInItsTurnToSendEmailsHoldsTheOtherNodesEmailsUpForTheTurnsExpiryNotTheTwoMinuteClaimLease()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?> { ["Email:DispatchTurnExpiry"] = "00:00:03" });
        // Node A's dispatcher takes its turn as it does before a batch, and is never heard of again (a kill -9).
        var deadTurn = await nodes.A.Services.GetRequiredService<OutboxDispatcher>().TakeTurnAsync(CancellationToken.None);
        var waited = Stopwatch.StartNew();

        await QueueAsync(nodes.B, "apres-la-panne", 1);
        var received = await nodes.Smtp.WaitForAsync(1, TimeSpan.FromSeconds(60));

        Assert.NotNull(deadTurn);
        Assert.Equal("apres-la-panne0@example.org", received.Single().To.Mailboxes.Single().Address);
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"sent after {waited.Elapsed}");
    }

    private static async Task QueueAsync(SiteFactory node, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await node.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAsync(new OutboxMessage
            {
                To = [$"{prefix}{i}@example.org"],
                Subject = $"Message {prefix}{i}",
                TextBody = "Bonjour",
            }));
        }
    }

    /// <summary>
    /// How long after now the node emptied its page caches for the last time before it showed the change: the message's
    /// way from the other node (what the 1 s bound is about), not the time a loaded machine takes to render the page
    /// again. Waits at most 10 s for the change to show; TimeSpan.MaxValue if it never does.
    /// </summary>
    private static async Task<TimeSpan> TimeUntilEvictedAndShownAsync(SiteFactory node, long generationBefore, Func<Task<bool>> showsChange)
    {
        var pages = node.Services.GetRequiredService<CachedPageStore>();
        var clock = Stopwatch.StartNew();
        var evictedAfter = TimeSpan.MaxValue;
        var generation = generationBefore;
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (pages.Generation != generation)
            {
                generation = pages.Generation;
                evictedAfter = clock.Elapsed;
                if (await showsChange())
                {
                    return evictedAfter;
                }
            }

            await Task.Delay(10);
        }

        return TimeSpan.MaxValue;
    }

    private static async Task<bool> WaitForSearchAsync(SiteFactory node, string word)
    {
        using var client = node.CreateClient();
        for (var i = 0; i < 100; i++)
        {
            if ((await client.GetStringAsync(new Uri("/api/search?q=" + word, UriKind.Relative))).Contains(PauseId, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static async Task<string?> TitleOnAsync(SiteFactory node)
    {
        string? title = null;
        await node.InScopeAsync(async sp => title = (await sp.GetRequiredService<ContentManager>().GetAsync(PauseId))?.DisplayText);
        return title;
    }

    private static Task<long> CountUnsentAsync(SiteFactory node) => CountAsync(node, "SELECT COUNT(*) FROM OutboxMessageIndex WHERE Status <> 'Sent'");

    private static async Task<long> CountAsync(SiteFactory node, string sql)
    {
        long count = 0;
        await node.InScopeAsync(async sp => count = await sp.GetRequiredService<DocumentSession>().ExecuteScalarAsync<long>(sql));
        return count;
    }
}
