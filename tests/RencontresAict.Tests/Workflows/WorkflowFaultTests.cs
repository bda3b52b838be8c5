using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Workflows;
using RencontresAict.Workflows.Models;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

public sealed class WorkflowFaultTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ThrowingActivityFaultsTheInstanceAndKeepsWhatEarlierActivitiesDid(string provider)
    {
        await using var host = await WorkflowsTestHost.StartAsync(provider: provider);
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));
        await new WorkflowJson("Faulty")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("create", "CreateContentTask", new { ContentType = "Article", Publish = true, ContentProperties = Expr("""{"TitlePart": {"Title": "Inscription {{ Workflow.Input.Name }}"}}""") })
            .Activity("mail", "EmailTask", new { Recipients = Expr("anne@example.org"), Subject = Expr("Merci"), Body = Expr("<p>Merci</p>") })
            .Activity("boom", "ScriptTask", new { Script = Expr("throw new Error('capacité inconnue');") })
            .Activity("never", "SetPropertyTask", new { PropertyName = "Reached", Value = Expr("true") })
            .Transition("start", "Done", "create").Transition("create", "Done", "mail").Transition("mail", "Done", "boom").Transition("boom", "Done", "never")
            .ImportAsync(host);

        var run = Assert.Single(await host.TriggerAsync("SignalEvent", new() { ["Signal"] = "go", ["Name"] = "Anne" }));

        var stored = await host.GetInstanceAsync(run.WorkflowId);
        Assert.Equal(WorkflowStatus.Faulted, stored.Status);
        Assert.Contains("capacité inconnue", stored.FaultMessage);
        var last = stored.State.ExecutedActivities[^1];
        Assert.Equal("boom", last.ActivityId);
        Assert.Equal("ScriptTask", last.ActivityName);
        Assert.Contains("capacité inconnue", last.FaultMessage);
        Assert.Equal(["start", "create", "mail", "boom"], stored.State.ExecutedActivities.Select(e => e.ActivityId));
        Assert.False(stored.State.Properties.ContainsKey("Reached"));
        var created = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(stored.CorrelationId));
        Assert.Equal("Inscription Anne", created!.DisplayText);
        Assert.Single(await host.ListOutboxAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task PartialWorkOfTheFaultingActivityIsUndone(string provider)
    {
        await using var host = await WorkflowsTestHost.StartAsync(configure: s => s.AddWorkflowActivity<WritesThenThrowsTask>(), provider: provider);
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));
        await new WorkflowJson("Half done")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("half", "WritesThenThrowsTask")
            .Transition("start", "Done", "half")
            .ImportAsync(host);

        var run = Assert.Single(await host.SignalAsync("go"));

        var stored = await host.GetInstanceAsync(run.WorkflowId);
        Assert.Equal(WorkflowStatus.Faulted, stored.Status);
        Assert.Equal("Failed after writing.", stored.FaultMessage);
        var articles = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().Store.Session.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM ContentItemIndex WHERE ContentType = 'Article'"));
        Assert.Equal(0, articles);
    }

    [Fact]
    public async Task FaultStartsTheWorkflowsThatCatchFaultsWithTheFaultData()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        var faulty = await new WorkflowJson("Inscription")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("redirect", "HttpRedirectTask", new { Location = Expr("javascript:alert(1)") })
            .Transition("start", "Done", "redirect")
            .ImportAsync(host);
        var catcher = await new WorkflowJson("Alert the staff")
            .Start("caught", "WorkflowFaultEvent", new { ErrorFilter = Expr("input('WorkflowFault').WorkflowName == 'Inscription'") })
            .Activity("note", "SetPropertyTask", new { PropertyName = "What", Value = Expr("input('WorkflowFault').ActivityTypeName + ': ' + input('WorkflowFault').ErrorMessage") })
            .Transition("caught", "Done", "note")
            .ImportAsync(host);

        await host.SignalAsync("go");

        var handled = Assert.Single(await host.ListInstancesAsync(catcher.WorkflowTypeId));
        Assert.Equal(WorkflowStatus.Finished, handled.Status);
        Assert.StartsWith("HttpRedirectTask: HttpRedirectTask refuses", handled.State.Properties["What"]!.GetValue<string>());
        Assert.Equal(WorkflowStatus.Faulted, Assert.Single(await host.ListInstancesAsync(faulty.WorkflowTypeId)).Status);
    }

    [Fact]
    public async Task RunawayScriptIsStoppedAndFaultsItsInstance()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await new WorkflowJson("Loop")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("spin", "ScriptTask", new { Script = Expr("while (true) {}") })
            .Transition("start", "Done", "spin")
            .ImportAsync(host);

        var run = Assert.Single(await host.SignalAsync("go"));

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.NotNull(run.Workflow.FaultMessage);
    }
}
