using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Models;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

[Trait("Dates", "ServerZone")]
public sealed class EmailOutboxTests
{
    [Fact]
    public async Task DispatcherSendsHtmlAndTextWithAUtf8SubjectOverSmtp()
    {
        using var smtp = new SmtpSink();
        await using var host = await WorkflowsTestHost.StartAsync(configure: WorkflowsTestHost.Smtp(smtp.Port));
        await host.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAsync(new OutboxMessage
        {
            To = ["Anne Dupré <anne@example.org>"],
            Subject = "Votre inscription aux Rencontres de l'AICT – étape 1/2",
            HtmlBody = "<p>Bonjour Anne,</p><p>Confirmez ici : <a href=\"https://example.org/c\">confirmer</a></p>",
        }));

        await host.Dispatcher().DispatchDueAsync();

        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("Votre inscription aux Rencontres de l'AICT – étape 1/2", mail.Subject);
        Assert.Contains("=?utf-8?", System.Text.Encoding.ASCII.GetString(mail.Headers.First(h => h.Id == HeaderId.Subject).RawValue), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("multipart/alternative", mail.Body!.ContentType.MimeType);
        Assert.Contains("<a href=\"https://example.org/c\">", mail.HtmlBody);
        Assert.Contains("confirmer (https://example.org/c)", mail.TextBody);
        Assert.Equal("inscriptions@rencontres-aict.fr", mail.From.Mailboxes.Single().Address);
        var sent = Assert.Single(await host.ListOutboxAsync(OutboxStatus.Sent));
        Assert.Equal($"{sent.MessageId}@rencontres-aict.fr", mail.MessageId);
    }

    [Fact]
    public async Task PickupDirectoryIsTheDefaultDeliveryAndWritesOneEmlFilePerMessage()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        var queued = await host.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAsync(new OutboxMessage
        {
            To = ["staff@example.org"],
            Subject = "Nouvelle inscription",
            TextBody = "Une inscription.",
            Attachments = [new OutboxAttachment { FileName = "rencontres.ics", ContentType = "text/calendar", Content = "BEGIN:VCALENDAR"u8.ToArray() }],
        }));

        await host.Dispatcher().DispatchDueAsync();

        var file = Assert.Single(Directory.GetFiles(Path.Combine(host.DataPath, "mail")));
        Assert.Equal(queued.MessageId + "@localhost.eml", Path.GetFileName(file));
        var mail = await MimeMessage.LoadAsync(file);
        Assert.Equal("rencontres.ics", Assert.Single(mail.Attachments).ContentDisposition!.FileName);
    }

    [Fact]
    public async Task LineBreakInAnAddressIsRefusedAndInASubjectIsFolded()
    {
        using var smtp = new SmtpSink();
        await using var host = await WorkflowsTestHost.StartAsync(configure: WorkflowsTestHost.Smtp(smtp.Port));

        var refused = await Assert.ThrowsAsync<EmailValidationException>(() => host.InScopeAsync(sp =>
            sp.GetRequiredService<EmailOutbox>().EnqueueAsync(new OutboxMessage { To = ["anne@example.org\r\nBcc: victim@example.org"], Subject = "x", TextBody = "x" })));
        await host.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAsync(
            new OutboxMessage { To = ["anne@example.org"], Subject = "Bonjour\r\nBcc: victim@example.org", TextBody = "x" }));
        await host.Dispatcher().DispatchDueAsync();

        Assert.Contains("line break", refused.Message);
        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("Bonjour Bcc: victim@example.org", mail.Subject);
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain(mail.Headers, h => h.Id == HeaderId.Bcc);
    }

    [Fact]
    public async Task EmailTaskEscapesWhatAVisitorTypedInAnHtmlBody()
    {
        using var smtp = new SmtpSink();
        await using var host = await WorkflowsTestHost.StartAsync(configure: WorkflowsTestHost.Smtp(smtp.Port));
        await new WorkflowJson("Mail")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("mail", "EmailTask", new
            {
                Recipients = Expr("{{ Workflow.Input.Email }}"),
                Subject = Expr("Inscription de {{ Workflow.Input.Name }}"),
                Body = Expr("<p>Nom : {{ Workflow.Input.Name }}</p>"),
                IsHtmlBody = true,
            })
            .Transition("start", "Done", "mail")
            .ImportAsync(host);

        var run = Assert.Single(await host.TriggerAsync("SignalEvent", new()
        {
            ["Signal"] = "go", ["Email"] = "anne@example.org", ["Name"] = "Anne <script>alert('x')</script> Dupré",
        }));
        await host.Dispatcher().DispatchDueAsync();

        Assert.Equal(["Done"], run.Journal.Single(e => e.ActivityId == "mail").Outcomes);
        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Contains("Nom : Anne &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Dupré", mail.HtmlBody);
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.Equal("Inscription de Anne <script>alert('x')</script> Dupré", mail.Subject);
    }

    [Fact]
    public async Task EmailTaskAnswersFailedForAMessageTheOutboxRefuses()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await new WorkflowJson("Bad address")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("mail", "EmailTask", new { Recipients = Expr("pas-une-adresse"), Subject = Expr("x"), Body = Expr("x") })
            .Activity("failed", "SetPropertyTask", new { PropertyName = "Why", Value = Expr("lastResult()") })
            .Transition("start", "Done", "mail").Transition("mail", "Failed", "failed")
            .ImportAsync(host);

        var run = Assert.Single(await host.SignalAsync("go"));

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Contains("invalid address", (string)run.Properties["Why"]!);
        Assert.Empty(await host.ListOutboxAsync());
    }
}
