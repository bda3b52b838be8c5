using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Waits for a named signal (<c>Signal</c>, Liquid), sent by following a link made with <c>signal_url</c> /
/// <c>signalUrl()</c> — how a registration's confirmation and cancellation links resume its workflow.
/// </summary>
public sealed class SignalEvent(WorkflowExpressionEvaluator expressions) : EventActivity
{
    public const string SignalKey = "Signal";

    public override async Task<bool> CanExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var expected = await expressions.EvaluateAsync(activity.GetExpression("Signal"), workflow);
        return workflow.Input.TryGetValue(SignalKey, out var signal)
            && string.Equals(WorkflowValues.ToText(signal), expected, StringComparison.OrdinalIgnoreCase);
    }
}
