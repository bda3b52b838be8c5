using System.Text.Json.Nodes;

namespace RencontresAict.Content.Metadata;

/// <summary>A field on a part: <c>FieldName</c> is the field type (TextField, DateTimeField, …), <c>Name</c> its technical name.</summary>
public sealed class ContentPartFieldDefinitionRecord
{
    public string FieldName { get; set; } = "";

    public string Name { get; set; } = "";

    public JsonObject Settings { get; set; } = [];
}
