using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// An activity of a running instance: its record (settings as Orchard's JSON) and its per-instance state,
/// with readers for the property shapes Orchard writes (plain values, <c>{"Expression": "…"}</c>, enums by name).
/// </summary>
public sealed class ActivityContext(ActivityRecord record, IActivity activity, JsonObject state)
{
    public ActivityRecord Record { get; } = record;

    public IActivity Activity { get; } = activity;

    /// <summary>State kept with the instance between executions (a join's branches, a timer's start).</summary>
    public JsonObject State { get; } = state;

    public string ActivityId => Record.ActivityId;

    public JsonObject Properties => Record.Properties;

    public string? GetString(string name) => JsonPaths.GetString(Properties, name);

    public bool GetBoolean(string name, bool defaultValue) => JsonPaths.GetBoolean(Properties, name) ?? defaultValue;

    public int GetInt32(string name, int defaultValue) =>
        JsonPaths.GetDecimal(Properties, name) is { } value ? (int)value : defaultValue;

    /// <summary>The text of a <c>WorkflowExpression</c> property (<c>{"Expression": "…"}</c>; a bare string is accepted too).</summary>
    public string GetExpression(string name, string defaultValue = "") => Properties[name] switch
    {
        JsonObject expression => JsonPaths.GetString(expression, "Expression") ?? defaultValue,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => defaultValue,
    };

    public IReadOnlyList<string> GetStrings(string name) => JsonPaths.GetStrings(Properties, name);

    /// <summary>An enum written by name (Orchard 2.x) or by number (older exports).</summary>
    public T GetEnum<T>(string name, T defaultValue) where T : struct, Enum
    {
        var text = GetString(name);
        return Enum.TryParse<T>(text, ignoreCase: true, out var value) ? value : defaultValue;
    }
}
