using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Tests.Forms;
using RencontresAict.Tests.Workflows;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Tests.Admin;

[Trait("Dates", "ServerZone")]
public sealed class OutboxAdminTests
{
    [Fact]
    public async Task TheOutboxListsAMessageThatFailedWhileSmtpWasDownAndRetrySendsItOnceSmtpIsUp()
    {
        using var smtp = new SmtpSink(start: false);
        await using var site = StartWithSmtp(smtp, maxAttempts: 1);
        var admin = await site.SignInAsync();
        using var visitor = new RegistrationVisitor(site.CreateClient());
        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());
        var failed = await WaitForStatusAsync(site, OutboxStatus.Failed);

        var failedTab = await AdminSite.GetPageAsync(admin, "/admin/outbox?status=failed");
        smtp.Start();
        var retry = await AdminSite.PostAsync(admin, "/admin/outbox?handler=Retry", new() { ["messageId"] = failed.MessageId, ["returnUrl"] = "/admin/outbox?status=failed" }, "/admin/outbox?status=failed");
        var received = await smtp.WaitForAsync(1);
        var sent = await WaitForStatusAsync(site, OutboxStatus.Sent);
        var sentTab = await AdminSite.GetPageAsync(admin, "/admin/outbox?status=sent");

        var row = Assert.Single(failedTab.QuerySelectorAll("tbody tr"));
        Assert.Contains("Confirmez votre inscription aux Rencontres de l'AICT", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("anne.dupre@example.org", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("SocketException", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Réessayer : Confirmez votre inscription aux Rencontres de l'AICT", row.QuerySelector("button")!.TextContent.Trim());
        Assert.Contains(failedTab.QuerySelectorAll("nav a"), a => a.TextContent == "Échecs (1)" && a.GetAttribute("aria-current") == "page");
        Assert.Equal("/admin/outbox?status=failed", retry.Headers.Location!.OriginalString);
        Assert.Equal("anne.dupre@example.org", Assert.Single(received).To.Mailboxes.Single().Address);
        Assert.Equal(failed.MessageId, sent.MessageId);
        Assert.Contains("Confirmez votre inscription", Assert.Single(sentTab.QuerySelectorAll("tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.Contains(sentTab.QuerySelectorAll("nav a"), a => a.TextContent == "Échecs (0)");
    }

    [Fact]
    public async Task AMessageWaitingForItsNextAttemptIsSentAtOnceWhenTheStaffAsks()
    {
        using var smtp = new SmtpSink(start: false);
        await using var site = StartWithSmtp(smtp, maxAttempts: 5);
        var admin = await site.SignInAsync();
        await site.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAsync(new OutboxMessage { To = ["anne.dupre@example.org"], Subject = "Badge", TextBody = "Votre badge." }));
        var waiting = await WaitForStatusAsync(site, OutboxStatus.Pending, minAttempts: 1);

        var pendingTab = await AdminSite.GetPageAsync(admin, "/admin/outbox");
        smtp.Start();
        await AdminSite.PostAsync(admin, "/admin/outbox?handler=Retry", new() { ["messageId"] = waiting.MessageId }, "/admin/outbox");
        var received = await smtp.WaitForAsync(1);

        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddHours(1), waiting.NextAttemptUtc);
        Assert.Equal("Envoyer maintenant : Badge", Assert.Single(pendingTab.QuerySelectorAll("tbody tr button")).TextContent.Trim());
        Assert.Equal("Badge", Assert.Single(received).Subject);
        Assert.Equal(waiting.MessageId, (await WaitForStatusAsync(site, OutboxStatus.Sent)).MessageId);
    }

    [Fact]
    public async Task AMessagesHtmlBodyIsShownSanitizedInASandboxedFrameAndItsTextBodyAsText()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();
        var queued = await site.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAsync(new OutboxMessage
        {
            To = ["anne.dupre@example.org"],
            Subject = "Programme <mis à jour>",
            HtmlBody = "<p>Bonjour <strong>Anne</strong></p><script>alert('x')</script><img src=\"x.png\" onerror=\"alert('y')\">",
        }));

        var page = await AdminSite.GetPageAsync(admin, "/admin/outbox/" + queued.MessageId);

        var frame = page.QuerySelector("iframe.mail-body")!;
        Assert.Equal("", frame.GetAttribute("sandbox"));
        var srcdoc = frame.GetAttribute("srcdoc")!;
        Assert.Contains("<p>Bonjour <strong>Anne</strong></p>", srcdoc, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", srcdoc, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", srcdoc, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("main script, main strong"));
        Assert.Contains("Bonjour Anne", page.QuerySelector("pre.mail-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Programme <mis à jour>", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task StaffWithoutManageEmailOutboxCannotSeeOrRetryMessages(string role)
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("membre", "Membre-pass-1", role);
        var client = await site.SignInAsync("membre", "Membre-pass-1");
        var queued = await site.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAsync(new OutboxMessage { To = ["anne.dupre@example.org"], Subject = "Privé", TextBody = "Données personnelles" }));

        var list = await client.GetAsync(new Uri("/admin/outbox", UriKind.Relative));
        var message = await client.GetAsync(new Uri("/admin/outbox/" + queued.MessageId, UriKind.Relative));
        var retry = await AdminSite.PostAsync(client, "/admin/outbox?handler=Retry", new() { ["messageId"] = queued.MessageId }, "/admin");
        var menu = await AdminSite.GetPageAsync(client, "/admin");

        Assert.Equal("/admin/denied", list.Headers.Location!.AbsolutePath);
        Assert.Equal("/admin/denied", message.Headers.Location!.AbsolutePath);
        Assert.Equal("/admin/denied", retry.Headers.Location!.AbsolutePath);
        Assert.Null(menu.QuerySelector("nav a[href='/admin/outbox']"));
    }

    private static async Task<OutboxMessage> WaitForStatusAsync(AdminSite site, OutboxStatus status, int minAttempts = 0)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            var messages = await site.InScopeAsync(sp => sp.GetRequiredService<OutboxStore>().ListAsync(status));
            if (messages.FirstOrDefault(m => m.Attempts >= minAttempts) is { } message)
            {
                return message;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No {status} message in the outbox after 10 s.");
    }

    private static AdminSite StartWithSmtp(SmtpSink smtp, int maxAttempts) => AdminSite.Start(new Dictionary<string, string?>
    {
        ["Email:DeliveryMethod"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:MaxAttempts"] = maxAttempts.ToString(CultureInfo.InvariantCulture),
        ["Email:RetryBaseDelay"] = "01:00:00",
    });
}
