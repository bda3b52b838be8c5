using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing;

/// <summary>One value being edited: the property <see cref="Name"/> of <see cref="Part"/> on the item.</summary>
public sealed class FieldEditorContext
{
    public required ContentItem Item { get; init; }

    public required JsonObject Part { get; init; }

    /// <summary>The field's technical name, or the part's property ("Title", "Path", "Html").</summary>
    public required string Name { get; init; }

    /// <summary>"Part.Field": the form name and the validation member.</summary>
    public required string Key { get; init; }

    public required string Label { get; init; }

    public string? Hint { get; init; }

    /// <summary>The definition's hint followed by what the field type needs said (how to enter it, what it accepts).</summary>
    public string HintWith(string typeHint) => Hint is null ? typeHint : Hint + " " + typeHint;

    /// <summary>The field definition's settings, keyed by settings class (<c>ContentPartFieldSettings</c>, <c>TextFieldSettings</c>, …).</summary>
    public JsonObject Settings { get; init; } = [];

    /// <summary>The field type ("TextField"); empty for a part's own property.</summary>
    public string FieldType { get; init; } = "";

    /// <summary>The field's <c>ContentPartFieldSettings</c> (DisplayName, Editor, Position, …).</summary>
    public JsonNode? FieldSettings => Settings["ContentPartFieldSettings"];

    /// <summary>The field type's own settings (<c>TextFieldSettings</c>, <c>NumericFieldSettings</c>, …).</summary>
    public JsonNode? TypeSettings => Settings[FieldType + "Settings"];

    public required TimeZoneInfo TimeZone { get; init; }

    public JsonNode? Value => Part[Name];

    /// <summary>The field's JSON object, created when missing; keys the editor does not know are kept.</summary>
    public JsonObject FieldObject()
    {
        if (Part[Name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        Part[Name] = created;
        return created;
    }
}
