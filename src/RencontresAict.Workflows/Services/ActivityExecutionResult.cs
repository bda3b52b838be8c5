namespace RencontresAict.Workflows.Services;

/// <summary>What an activity answers: the outcomes to follow (all of them fire), or a halt to wait for its event.</summary>
public sealed class ActivityExecutionResult
{
    private ActivityExecutionResult(IReadOnlyList<string> outcomes, bool isHalted)
    {
        Outcomes = outcomes;
        IsHalted = isHalted;
    }

    public IReadOnlyList<string> Outcomes { get; }

    public bool IsHalted { get; }

    public static ActivityExecutionResult FromOutcomes(params IEnumerable<string> outcomes) => new(outcomes.ToList(), false);

    /// <summary>Stop here and wait: the activity becomes a blocking activity of the instance.</summary>
    public static ActivityExecutionResult Halt() => new([], true);

    /// <summary>Nothing follows from this branch (a join still waiting for its other branches).</summary>
    public static ActivityExecutionResult Noop() => new([], false);
}
