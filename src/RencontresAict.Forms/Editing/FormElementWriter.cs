using System.Globalization;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Forms.Editing;

/// <summary>
/// Writes checked editor values into a FlowPart widget, in Orchard Core's JSON (the parts listed in
/// FormElement), so the form still imports into a stock Orchard Core site. Keys the editor does not know are kept.
/// </summary>
public static class FormElementWriter
{
    /// <summary>A new widget of <paramref name="type"/>, shaped like the widgets Orchard's flow editor saves.</summary>
    public static JsonObject NewWidget(string type, string id, string versionId, string? author, DateTime nowUtc)
    {
        var now = nowUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["ContentItemId"] = id,
            ["ContentItemVersionId"] = versionId,
            ["ContentType"] = type,
            ["DisplayText"] = null,
            ["Latest"] = false,
            ["Published"] = false,
            ["ModifiedUtc"] = now,
            ["PublishedUtc"] = null,
            ["CreatedUtc"] = now,
            ["Owner"] = null,
            ["Author"] = author,
            ["FlowMetadata"] = new JsonObject { ["Alignment"] = 3, ["Size"] = 100 },
        };
    }

    public static void Write(JsonObject widget, FormElementInput input)
    {
        switch (input.Type)
        {
            case "Label":
                Part(widget, "TitlePart")["Title"] = input.Text;
                Part(widget, "FormElementPart")["Id"] ??= "";
                Part(widget, "LabelPart")["For"] ??= "";
                widget["DisplayText"] = input.Text;
                return;
            case "Button":
                Part(widget, "FormInputElementPart")["Name"] ??= "";
                Part(widget, "FormElementPart")["Id"] ??= "";
                var button = Part(widget, "ButtonPart");
                button["Text"] = input.Text;
                button["Type"] ??= "submit";
                widget["DisplayText"] = input.Text;
                return;
            case "Validation":
                Part(widget, "ValidationPart")["For"] = input.For;
                return;
            case "Input" or "TextArea" or "Select":
                WriteField(widget, input);
                return;
        }
    }

    private static void WriteField(JsonObject widget, FormElementInput input)
    {
        var element = Part(widget, "FormElementPart");
        var oldName = JsonPaths.GetString(widget, "FormInputElementPart", "Name");
        if (string.IsNullOrEmpty(JsonPaths.GetString(element, "Id")) || JsonPaths.GetString(element, "Id") == "champ-" + oldName)
        {
            element["Id"] = "champ-" + input.Name;
        }

        Part(widget, "FormInputElementPart")["Name"] = input.Name;
        var label = Part(widget, "FormElementLabelPart");
        label["Label"] = input.Label;
        label["Option"] ??= "Standard";
        SetOrRemove(label, "Hint", input.Hint.Length > 0 ? input.Hint : null);
        widget["DisplayText"] = input.Label;

        var rules = Part(widget, "FormElementValidationPart");
        rules["Option"] ??= "Standard";
        rules["Required"] = input.Required;
        if (input.Type == "Select")
        {
            var select = Part(widget, "SelectPart");
            select["Options"] = new JsonArray(SelectOptionsText.Parse(input.Options).Options
                .Select(o => (JsonNode)new JsonObject { ["Text"] = o.Text, ["Value"] = o.Value }).ToArray());
            select["Editor"] = input.Editor;
            select["DefaultValue"] ??= "";
            return;
        }

        var own = Part(widget, input.Type == "Input" ? "InputPart" : "TextAreaPart");
        own["Placeholder"] = input.Placeholder;
        if (input.Type == "Input")
        {
            own["Type"] = input.InputType;
            // A checkbox or radio posts its DefaultValue when ticked; "true" unless the form already chose one.
            own["DefaultValue"] = input.InputType is "checkbox" or "radio"
                ? JsonPaths.GetString(own, "DefaultValue") is { Length: > 0 } value ? value : "true"
                : JsonPaths.GetString(own, "DefaultValue") ?? "";
        }
        else
        {
            own["DefaultValue"] ??= "";
        }

        SetOrRemove(rules, "MinLength", Number(input.MinLength));
        SetOrRemove(rules, "MaxLength", Number(input.MaxLength));
        SetOrRemove(rules, "Pattern", input.Pattern.Length > 0 ? input.Pattern : null);
        SetOrRemove(rules, "PatternMessage", input.PatternMessage.Length > 0 ? input.PatternMessage : null);
        var allowed = input.Type == "Input" ? input.AllowedValueList() : [];
        SetOrRemove(rules, "AllowedValues", allowed.Count > 0 ? new JsonArray(allowed.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) : null);
    }

    private static JsonObject Part(JsonObject widget, string name)
    {
        if (widget[name] is JsonObject part)
        {
            return part;
        }

        var created = new JsonObject();
        widget[name] = created;
        return created;
    }

    /// <summary>A rule left empty is removed rather than stored as null.</summary>
    private static void SetOrRemove(JsonObject part, string key, JsonNode? value)
    {
        if (value is null)
        {
            part.Remove(key);
        }
        else
        {
            part[key] = value;
        }
    }

    private static JsonValue? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? JsonValue.Create(value) : null;
}
