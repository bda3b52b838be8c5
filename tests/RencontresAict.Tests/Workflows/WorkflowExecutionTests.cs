using RencontresAict.Workflows.Models;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

public sealed class WorkflowExecutionTests
{
    private static readonly string[] ScriptOutcomes = ["Waiting", "Full"];
    private static readonly string[] NameAndEmail = ["Name", "Email"];
    private static readonly string[] AAndB = ["A", "B"];

    [Theory]
    [InlineData("input('Age') >= 18", "adult")]
    [InlineData("input('Age') < 18", "minor")]
    public async Task IfElseTaskFollowsTheOutcomeOfItsCondition(string condition, string expected)
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await new WorkflowJson("IfElse")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("if", "IfElseTask", new { Condition = Expr(condition) })
            .Activity("adult", "SetPropertyTask", new { PropertyName = "Branch", Value = Expr("'adult'") })
            .Activity("minor", "SetPropertyTask", new { PropertyName = "Branch", Value = Expr("'minor'") })
            .Transition("start", "Done", "if").Transition("if", "True", "adult").Transition("if", "False", "minor")
            .ImportAsync(host);

        var run = Assert.Single(await host.TriggerAsync("SignalEvent", new() { ["Signal"] = "go", ["Age"] = 20 }));

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(expected, run.Properties["Branch"]);
        Assert.Equal([expected == "adult" ? "True" : "False"], run.Journal.Single(e => e.ActivityId == "if").Outcomes);
    }

    [Fact]
    public async Task ScriptTaskOutcomesAreTheOnesItSets()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await new WorkflowJson("Script")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("script", "ScriptTask", new { AvailableOutcomes = ScriptOutcomes, Script = Expr("setProperty('Seats', 0); setOutcome(property('Seats') > 0 ? 'Free' : 'Full'); 42") })
            .Activity("full", "SetPropertyTask", new { PropertyName = "Reached", Value = Expr("'full'") })
            .Transition("start", "Done", "script").Transition("script", "Full", "full")
            .ImportAsync(host);

        var run = Assert.Single(await host.SignalAsync("go"));

        var script = run.Journal.Single(e => e.ActivityId == "script");
        Assert.Equal(["Full"], script.Outcomes);
        Assert.Equal("full", run.Properties["Reached"]);
        var stored = await host.GetInstanceAsync(run.WorkflowId);
        Assert.Equal(42, stored.State.LastResult!.GetValue<double>());
    }

    [Fact]
    public async Task ForkRunsEveryBranchAndJoinWaitAllContinuesOnceAllArrived()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await new WorkflowJson("Fork")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("fork", "ForkTask", new { Forks = NameAndEmail })
            .Activity("name", "SetPropertyTask", new { PropertyName = "Name", Value = Expr("'ok'") })
            .Activity("email", "SetPropertyTask", new { PropertyName = "Email", Value = Expr("'ok'") })
            .Activity("join", "JoinTask", new { Mode = "WaitAll" })
            .Activity("after", "SetPropertyTask", new { PropertyName = "Joined", Value = Expr("property('Name') + property('Email')") })
            .Transition("start", "Done", "fork").Transition("fork", "Name", "name").Transition("fork", "Email", "email")
            .Transition("name", "Done", "join").Transition("email", "Done", "join").Transition("join", "Joined", "after")
            .ImportAsync(host);

        var run = Assert.Single(await host.SignalAsync("go"));

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("okok", run.Properties["Joined"]);
        Assert.Single(run.Journal, e => e.ActivityId == "after");
        Assert.Equal(["Name", "Email"], run.Journal.Single(e => e.ActivityId == "fork").Outcomes);
    }

    [Fact]
    public async Task JoinWaitAnyContinuesOnTheFirstBranchOnly()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await new WorkflowJson("WaitAny")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("fork", "ForkTask", new { Forks = AAndB })
            .Activity("join", "JoinTask", new { Mode = "WaitAny" })
            .Activity("after", "ScriptTask", new { Script = Expr("setProperty('Count', (property('Count') || 0) + 1); setOutcome('Done');") })
            .Transition("start", "Done", "fork").Transition("fork", "A", "join").Transition("fork", "B", "join").Transition("join", "Joined", "after")
            .ImportAsync(host);

        var run = Assert.Single(await host.SignalAsync("go"));

        Assert.Equal(1d, run.Properties["Count"]);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task WorkflowHaltsOnAnEventAndResumesOnItWithItsCorrelation(string provider)
    {
        await using var host = await WorkflowsTestHost.StartAsync(provider: provider);
        await new WorkflowJson("Halt")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("correlate", "CorrelateTask", new { Value = Expr("{{ Workflow.Input.Who }}") })
            .Activity("wait", "SignalEvent", new { Signal = Expr("confirm") })
            .Activity("done", "SetPropertyTask", new { PropertyName = "Confirmed", Value = Expr("true") })
            .Transition("start", "Done", "correlate").Transition("correlate", "Done", "wait").Transition("wait", "Done", "done")
            .ImportAsync(host);
        var anne = Assert.Single(await host.TriggerAsync("SignalEvent", new() { ["Signal"] = "go", ["Who"] = "anne" }));
        var paul = Assert.Single(await host.TriggerAsync("SignalEvent", new() { ["Signal"] = "go", ["Who"] = "paul" }));

        var resumed = await host.SignalAsync("confirm", correlationId: "anne");

        Assert.Equal(anne.WorkflowId, Assert.Single(resumed).WorkflowId);
        var anneStored = await host.GetInstanceAsync(anne.WorkflowId);
        Assert.Equal(WorkflowStatus.Finished, anneStored.Status);
        Assert.Empty(anneStored.BlockingActivities);
        Assert.True(anneStored.State.Properties["Confirmed"]!.GetValue<bool>());
        var paulStored = await host.GetInstanceAsync(paul.WorkflowId);
        Assert.Equal(WorkflowStatus.Halted, paulStored.Status);
        Assert.Equal("SignalEvent", Assert.Single(paulStored.BlockingActivities).Name);
        Assert.Equal("paul", paulStored.CorrelationId);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task SingletonTypeStartsNoSecondInstanceWhileOneIsHalted(string provider)
    {
        await using var host = await WorkflowsTestHost.StartAsync(provider: provider);
        var type = await new WorkflowJson("Singleton") { IsSingleton = true }
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("wait", "SignalEvent", new { Signal = Expr("later") })
            .Transition("start", "Done", "wait")
            .ImportAsync(host);

        await host.SignalAsync("go");
        var second = await host.SignalAsync("go");

        Assert.Empty(second);
        Assert.Single(await host.ListInstancesAsync(type.WorkflowTypeId));
    }

    [Fact]
    public async Task FinishedInstancesAreDeletedWhenTheTypeSaysSo()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        var type = await new WorkflowJson("Ephemeral") { DeleteFinishedWorkflows = true }
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .ImportAsync(host);

        var run = Assert.Single(await host.SignalAsync("go"));

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Empty(await host.ListInstancesAsync(type.WorkflowTypeId));
    }
}
