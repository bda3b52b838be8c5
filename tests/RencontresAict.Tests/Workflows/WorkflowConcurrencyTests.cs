using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Workflows.Models;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

public sealed class WorkflowConcurrencyTests
{
    [Fact]
    public async Task TwoHundredParallelStartsEachGetOneInstanceOneItemAndOneEmail()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));
        var type = await new WorkflowJson("Register")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("create", "CreateContentTask", new { ContentType = "Article", Publish = true, ContentProperties = Expr("""{"TitlePart": {"Title": "Inscription {{ Workflow.Input.N }}"}}""") })
            .Activity("mail", "EmailTask", new { Recipients = Expr("p{{ Workflow.Input.N }}@example.org"), Subject = Expr("Inscription {{ Workflow.Input.N }}"), Body = Expr("<p>{{ Workflow.Input.N }}</p>") })
            .Transition("start", "Done", "create").Transition("create", "Done", "mail")
            .ImportAsync(host);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(n => Task.Run(() =>
            host.TriggerAsync("SignalEvent", new() { ["Signal"] = "go", ["N"] = n }))));

        var instances = await host.ListInstancesAsync(type.WorkflowTypeId);
        Assert.Equal(200, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        Assert.Equal(200, instances.Select(i => i.CorrelationId).Distinct().Count());
        var outbox = await host.ListOutboxAsync();
        Assert.Equal(200, outbox.Count);
        Assert.Equal(200, outbox.Select(m => m.To.Single()).Distinct().Count());
        var items = await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteScalarAsync<long>(
            "SELECT COUNT(DISTINCT ContentItemId) FROM ContentItemIndex WHERE ContentType = 'Article' AND Published = 1"));
        Assert.Equal(200, items);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ResumingTheSameInstanceConcurrentlyRunsItOnce(string provider)
    {
        await using var host = await WorkflowsTestHost.StartAsync(provider: provider);
        await new WorkflowJson("Confirm")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("correlate", "CorrelateTask", new { Value = Expr("registration-1") })
            .Activity("wait", "SignalEvent", new { Signal = Expr("confirm") })
            .Activity("mail", "EmailTask", new { Recipients = Expr("anne@example.org"), Subject = Expr("Confirmée"), Body = Expr("<p>Merci</p>") })
            .Transition("start", "Done", "correlate").Transition("correlate", "Done", "wait").Transition("wait", "Done", "mail")
            .ImportAsync(host);
        var run = Assert.Single(await host.SignalAsync("go"));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => host.SignalAsync("confirm", "registration-1"))));

        Assert.Equal(1, results.Sum(r => r.Count));
        var stored = await host.GetInstanceAsync(run.WorkflowId);
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
        Assert.Single(stored.State.ExecutedActivities, e => e.ActivityId == "mail");
        Assert.Single(await host.ListOutboxAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ParallelStartsOfASingletonLeaveOneHaltedInstance(string provider)
    {
        await using var host = await WorkflowsTestHost.StartAsync(provider: provider);
        var type = await new WorkflowJson("Singleton") { IsSingleton = true }
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("wait", "SignalEvent", new { Signal = Expr("later") })
            .Transition("start", "Done", "wait")
            .ImportAsync(host);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => host.SignalAsync("go"))));

        Assert.Equal(WorkflowStatus.Halted, Assert.Single(await host.ListInstancesAsync(type.WorkflowTypeId)).Status);
    }
}
