using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Timers;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

[Trait("Dates", "ServerZone")]
public sealed class TimerEventTests
{
    [Fact]
    public async Task WaitingTimerResumesOnlyOnceItsCronOccurrenceHasPassed()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 6, 1, 8, 0, 30, TimeSpan.Zero));
        await using var host = await WorkflowsTestHost.StartAsync(clock);
        await new WorkflowJson("Reminder")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("wait", "TimerEvent", new { CronExpression = Expr("0 9 * * *") })
            .Activity("remind", "SetPropertyTask", new { PropertyName = "Reminded", Value = Expr("true") })
            .Transition("start", "Done", "wait").Transition("wait", "Done", "remind")
            .ImportAsync(host);
        var run = Assert.Single(await host.SignalAsync("go"));
        var timers = host.Services.GetRequiredService<TimerBackgroundService>();

        clock.Advance(TimeSpan.FromMinutes(58));
        await timers.CheckTimersAsync();
        var early = await host.GetInstanceAsync(run.WorkflowId);
        clock.Advance(TimeSpan.FromMinutes(2));
        await timers.CheckTimersAsync();
        var due = await host.GetInstanceAsync(run.WorkflowId);

        Assert.Equal(WorkflowStatus.Halted, early.Status);
        Assert.Equal(WorkflowStatus.Finished, due.Status);
        Assert.True(due.State.Properties["Reminded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task StartTimerKeepsOneInstanceArmedAndRunsItWhenDue()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 6, 1, 8, 2, 0, TimeSpan.Zero));
        await using var host = await WorkflowsTestHost.StartAsync(clock);
        var type = await new WorkflowJson("Every five minutes")
            .Start("tick", "TimerEvent", new { CronExpression = Expr("*/5 * * * *") })
            .Activity("work", "SetPropertyTask", new { PropertyName = "Ran", Value = Expr("true") })
            .Transition("tick", "Done", "work")
            .ImportAsync(host);
        var timers = host.Services.GetRequiredService<TimerBackgroundService>();

        await timers.CheckTimersAsync();
        await timers.CheckTimersAsync();
        var armed = await host.ListInstancesAsync(type.WorkflowTypeId);
        clock.Advance(TimeSpan.FromMinutes(3));
        await timers.CheckTimersAsync();
        var after = await host.ListInstancesAsync(type.WorkflowTypeId);

        Assert.Equal(WorkflowStatus.Halted, Assert.Single(armed).Status);
        Assert.Equal(WorkflowStatus.Finished, after.Single(i => i.WorkflowId == armed[0].WorkflowId).Status);
        Assert.Single(after, i => i.Status == WorkflowStatus.Halted);
    }
}
