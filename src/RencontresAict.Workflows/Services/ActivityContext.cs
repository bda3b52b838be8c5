using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// An activity of a running instance: its record (settings as Orchard's JSON) and its per-instance state,
/// with readers for the property shapes Orchard writes (plain values, <c>{"Expression": "…"}</c>, enums by name).
/// A text property may be written once per language: <c>"Localizations": {"en": {"Subject": {"Expression": "…"}}}</c>
/// next to the source-language <c>"Subject"</c>; <see cref="GetExpression"/> reads the one of the run's <see cref="Culture"/>.
/// </summary>
public sealed class ActivityContext(ActivityRecord record, IActivity activity, JsonObject state, string? culture = null)
{
    public const string LocalizationsProperty = "Localizations";

    public ActivityRecord Record { get; } = record;

    public IActivity Activity { get; } = activity;

    /// <summary>State kept with the instance between executions (a join's branches, a timer's start).</summary>
    public JsonObject State { get; } = state;

    /// <summary>The language of the run (<see cref="WorkflowExecutionContext.Culture"/>); null: the source language.</summary>
    public string? Culture { get; } = culture;

    public string ActivityId => Record.ActivityId;

    public JsonObject Properties => Record.Properties;

    public string? GetString(string name) => JsonPaths.GetString(Properties, name);

    public bool GetBoolean(string name, bool defaultValue) => JsonPaths.GetBoolean(Properties, name) ?? defaultValue;

    public int GetInt32(string name, int defaultValue) =>
        JsonPaths.GetDecimal(Properties, name) is { } value ? (int)value : defaultValue;

    /// <summary>
    /// The text of a <c>WorkflowExpression</c> property (<c>{"Expression": "…"}</c>; a bare string is accepted too), in the
    /// run's culture when the step gives one for it (<c>Localizations.en</c>, else <c>Localizations.en</c> for <c>en-GB</c>).
    /// </summary>
    public string GetExpression(string name, string defaultValue = "") =>
        LocalizedProperties()?[name] is { } localized ? Read(localized, defaultValue) : Read(Properties[name], defaultValue);

    /// <summary>The step's texts in the run's culture or its neutral parent, or null when it gives none.</summary>
    private JsonObject? LocalizedProperties()
    {
        if (string.IsNullOrEmpty(Culture) || Properties[LocalizationsProperty] is not JsonObject localizations)
        {
            return null;
        }

        var dash = Culture.IndexOf('-', StringComparison.Ordinal);
        return localizations[Culture] as JsonObject ?? (dash > 0 ? localizations[Culture[..dash]] as JsonObject : null);
    }

    private static string Read(JsonNode? property, string defaultValue) => property switch
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
