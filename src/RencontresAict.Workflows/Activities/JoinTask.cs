using System.Text.Json.Nodes;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Merges branches: it counts the transitions followed into it (kept with the instance, so branches that arrive
/// in different requests still meet) and answers <c>Joined</c> once all (<c>WaitAll</c>) or the first
/// (<c>WaitAny</c>, then never again) have arrived.
/// </summary>
public sealed class JoinTask : TaskActivity
{
    private const string BranchesKey = "Branches";
    private const string JoinedKey = "Joined";

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Joined"];

    public override void OnTransitionFollowed(WorkflowExecutionContext workflow, ActivityContext activity, Transition transition)
    {
        var branches = activity.State[BranchesKey] as JsonArray ?? [];
        var key = KeyOf(transition);
        if (!branches.Any(b => b?.GetValue<string>() == key))
        {
            branches.Add(key);
        }

        activity.State[BranchesKey] = branches;
    }

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var arrived = (activity.State[BranchesKey] as JsonArray ?? []).Select(b => b?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var inbound = workflow.GetInboundTransitions(activity.ActivityId).Select(KeyOf).ToList();
        var mode = activity.GetEnum("Mode", JoinMode.WaitAll);
        if (mode == JoinMode.WaitAny)
        {
            if (activity.State[JoinedKey] is not null || !inbound.Exists(arrived.Contains))
            {
                return Task.FromResult(ActivityExecutionResult.Noop());
            }

            activity.State[JoinedKey] = true;
            return OutcomesAsync("Joined");
        }

        if (!inbound.TrueForAll(arrived.Contains))
        {
            return Task.FromResult(ActivityExecutionResult.Noop());
        }

        activity.State.Remove(BranchesKey);
        return OutcomesAsync("Joined");
    }

    private static string KeyOf(Transition transition) => $"@{transition.SourceActivityId}_{transition.SourceOutcomeName}";
}
