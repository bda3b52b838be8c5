using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

public sealed class WorkflowRetryTests
{
    [Fact]
    public async Task RetriesAtOnceRunTheFaultedActivityOnlyOnce()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        var workflowId = await FaultAsync(host);

        // On threads of their own: SQLite's async calls complete synchronously, so plain tasks would run one after the other.
        using var start = new ManualResetEventSlim();
        var retries = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await RetryAsync(host, workflowId, "membre" + i);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(retries);

        var stored = await host.GetInstanceAsync(workflowId);
        Assert.Equal([WorkflowRetryResult.Succeeded, WorkflowRetryResult.NotFaulted, WorkflowRetryResult.NotFaulted, WorkflowRetryResult.NotFaulted], results.Order());
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
        Assert.Single(stored.State.ExecutedActivities, e => e.RetriedBy is not null);
        Assert.Equal(1, stored.State.Properties["Count"]!.GetValue<int>());
    }

    [Fact]
    public async Task ARetryOfAnInstanceWhoseWorkflowIsDisabledRunsNothing()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        var workflowId = await FaultAsync(host);
        await host.InScopeAsync(async sp =>
        {
            var types = sp.GetRequiredService<WorkflowTypeStore>();
            var type = (await types.GetAsync("retrytype0000000000000001"))!;
            type.IsEnabled = false;
            await types.SaveAsync(type);
        });

        var result = await RetryAsync(host, workflowId, "anne");

        var stored = await host.GetInstanceAsync(workflowId);
        Assert.Equal(WorkflowRetryResult.TypeDisabled, result);
        Assert.Equal(WorkflowStatus.Faulted, stored.Status);
        Assert.DoesNotContain(stored.State.ExecutedActivities, e => e.RetriedBy is not null);
    }

    /// <summary>Imports a type whose script faults, runs it, then fixes the script; returns the faulted instance's id.</summary>
    private static async Task<string> FaultAsync(ContentEngineHost host)
    {
        var json = new WorkflowJson("Compteur", "retrytype0000000000000001")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("count", "ScriptTask", new { Script = Expr("throw new Error('pas encore');") })
            .Transition("start", "Done", "count");
        await host.InScopeAsync(sp => ImportStepAsync(sp, new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(json.ToJson()) }));
        var run = Assert.Single(await host.SignalAsync("go"));
        var fixedJson = json.ToJson();
        fixedJson["Activities"]![1]!["Properties"]!["Script"] = new JsonObject { ["Expression"] = "setProperty('Count', (property('Count') || 0) + 1); setOutcome('Done');" };
        await host.InScopeAsync(sp => ImportStepAsync(sp, new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(fixedJson) }));
        return run.WorkflowId;
    }

    private static Task<WorkflowRetryResult> RetryAsync(ContentEngineHost host, string workflowId, string who) =>
        host.InScopeAsync(sp => sp.GetRequiredService<WorkflowManager>().RetryFaultedWorkflowAsync(workflowId, who));
}
