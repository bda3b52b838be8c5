using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

[Trait("Dates", "ServerZone")]
public sealed partial class SignalLinkHttpTests
{
    [Fact]
    public async Task ConfirmationLinkReadFromTheReceivedEmailOpensAPageWhoseButtonResumesTheWorkflow()
    {
        using var smtp = new SmtpSink();
        await using var site = await WorkflowSite.StartAsync(smtp.Port);
        var workflow = new WorkflowJson("Inscription")
            .Start("post", "HttpRequestEvent", new { HttpMethod = "POST", Url = "", ValidateAntiforgeryToken = false, TokenLifeSpan = 0 })
            .Activity("correlate", "CorrelateTask", new { Value = Expr("{{ Request.Form.Email }}") })
            .Activity("ask", "EmailTask", new
            {
                Recipients = Expr("{{ Request.Form.Email }}"),
                Subject = Expr("Confirmez votre inscription, {{ Request.Form.Name }}"),
                Body = Expr("""<p>Bonjour {{ Request.Form.Name }},</p><p><a href="{{ "Confirm" | signal_url }}">Je confirme</a></p>"""),
            })
            .Activity("thanks", "HttpRedirectTask", new { Location = Expr("/merci") })
            .Activity("wait", "SignalEvent", new { Signal = Expr("Confirm") })
            .Activity("confirmed", "EmailTask", new { Recipients = Expr("{{ Workflow.CorrelationId }}"), Subject = Expr("Inscription confirmée"), Body = Expr("<p>À bientôt.</p>") })
            .Activity("done", "HttpRedirectTask", new { Location = Expr("/inscription/confirmee") })
            .Transition("post", "Done", "correlate").Transition("correlate", "Done", "ask").Transition("ask", "Done", "thanks")
            .Transition("thanks", "Done", "wait").Transition("wait", "Done", "confirmed").Transition("confirmed", "Done", "done");
        await site.ImportAsync(workflow);
        var url = await site.InScopeAsync(async sp =>
            (await sp.GetRequiredService<WorkflowTypeStore>().GetAsync(workflow.WorkflowTypeId))!.Activities[0].Properties["Url"]!.GetValue<string>());
        using var client = site.CreateClient();

        var posted = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "anne@example.org", ["Name"] = "Anne <b>Dupré</b>",
        }));
        var ask = await smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal));
        var link = LinkPattern().Match(ask.HtmlBody!).Groups[1].Value;
        var opened = await client.GetAsync(new Uri(link).PathAndQuery);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await opened.Content.ReadAsStringAsync());
        var waitingAfterOpening = await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().ListAsync(workflow.WorkflowTypeId));
        var form = page.QuerySelector("form:not([role=search])")!;
        var confirmed = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(
            form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))));
        var done = await smtp.WaitForAsync(m => m.Subject == "Inscription confirmée");
        var replayed = await client.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/merci", posted.Headers.Location!.OriginalString);
        Assert.Contains("Bonjour Anne &lt;b&gt;Dupré&lt;/b&gt;", ask.HtmlBody);
        Assert.StartsWith("http://localhost:5080/workflows/signal?token=", link);
        Assert.Contains(link, ask.TextBody);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Equal("Je confirme", form.QuerySelector("button")!.TextContent.Trim());
        Assert.Equal(WorkflowStatus.Halted, Assert.Single(waitingAfterOpening).Status);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/inscription/confirmee", confirmed.Headers.Location!.OriginalString);
        Assert.Equal("anne@example.org", done.To.Mailboxes.Single().Address);
        Assert.Equal(HttpStatusCode.NotFound, replayed.StatusCode);
        var replayedPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await replayed.Content.ReadAsStringAsync());
        Assert.Contains("déjà utilisé", replayedPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(replayedPage.QuerySelector("header.site-header"));
        var instance = Assert.Single(await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().ListAsync(workflow.WorkflowTypeId)));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Fact]
    public async Task ForgedOrExpiredLinksOrAPostWithoutTheTokenChangeNothingAndAnswerInFrench()
    {
        using var smtp = new SmtpSink();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var site = await WorkflowSite.StartAsync(smtp.Port, s => s.AddSingleton<TimeProvider>(clock));
        var workflow = new WorkflowJson("Wait")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("wait", "SignalEvent", new { Signal = Expr("Cancel") })
            .Transition("start", "Done", "wait");
        await site.ImportAsync(workflow);
        var run = (await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowManager>().TriggerEventAsync("SignalEvent", new Dictionary<string, object?> { ["Signal"] = "go" }))).Single();
        var link = await site.InScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<SignalUrlService>().CreateRelativeUrl("Cancel", "", run.WorkflowId, TimeSpan.FromDays(1))));
        using var client = site.CreateClient();

        var forgedLink = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];
        var forged = await client.GetAsync(forgedLink);
        var postedForged = await client.PostAsync(SignalUrlService.Path, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = forgedLink.Split('=')[1] }));
        var crossSite = await client.PostAsync(SignalUrlService.Path, new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "1" }));
        clock.Advance(TimeSpan.FromDays(2));
        var expired = await client.GetAsync(link);
        var postedExpired = await client.PostAsync(link, null);

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("Ce lien n'est pas valide", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Ce lien a expiré", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, postedForged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, postedExpired.StatusCode);
        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().GetAsync(run.WorkflowId));
        Assert.Equal(WorkflowStatus.Halted, stored!.Status);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.DataPath, "keys")));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRefusedAndStoresNothing()
    {
        using var smtp = new SmtpSink();
        await using var site = await WorkflowSite.StartAsync(smtp.Port);
        var workflow = new WorkflowJson("Protected")
            .Start("post", "HttpRequestEvent", new { HttpMethod = "POST", Url = "", ValidateAntiforgeryToken = true, TokenLifeSpan = 0 });
        await site.ImportAsync(workflow);
        var url = await site.InScopeAsync(async sp =>
            (await sp.GetRequiredService<WorkflowTypeStore>().GetAsync(workflow.WorkflowTypeId))!.Activities[0].Properties["Url"]!.GetValue<string>());
        using var client = site.CreateClient();

        var refused = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.org" }));
        var wrongMethod = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Empty(await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().ListAsync(workflow.WorkflowTypeId)));
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
