using System.Text.Json.Nodes;

namespace RencontresAict.Workflows.Models;

/// <summary>
/// One activity of a workflow type: its technical <see cref="Name"/> (the activity class name, <c>EmailTask</c>),
/// its place in the designer, and its settings in <see cref="Properties"/> (with <c>ActivityMetadata.Title</c>).
/// </summary>
public sealed class ActivityRecord
{
    public string ActivityId { get; set; } = "";

    public string Name { get; set; } = "";

    public int X { get; set; }

    public int Y { get; set; }

    public bool IsStart { get; set; }

    public JsonObject Properties { get; set; } = [];

    /// <summary>The title an editor gave the activity, or its technical name.</summary>
    public string Title =>
        Properties["ActivityMetadata"] is JsonObject metadata && metadata[nameof(Title)] is JsonValue title
        && title.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : Name;
}
