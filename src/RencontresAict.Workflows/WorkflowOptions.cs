namespace RencontresAict.Workflows;

/// <summary>Boot settings of the workflow engine (section <c>Workflows</c>); defaults suit the site.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>A script (IfElseTask condition, ScriptTask) taking longer is stopped and faults its instance.</summary>
    public TimeSpan ScriptTimeout { get; set; } = TimeSpan.FromSeconds(1);

    public long ScriptMemoryLimitBytes { get; set; } = 16 * 1024 * 1024;

    public int ScriptRecursionLimit { get; set; } = 64;

    /// <summary>How long a signal link (<c>signal_url</c>) stays valid unless the template says otherwise.</summary>
    public TimeSpan SignalTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often timers are checked.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
