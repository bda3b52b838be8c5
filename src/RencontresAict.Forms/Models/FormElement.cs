using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Forms.Models;

/// <summary>
/// One widget of a form's FlowPart, read from Orchard's parts: <c>FormInputElementPart.Name</c> (the posted name),
/// <c>FormElementPart.Id</c>, <c>FormElementLabelPart.Label</c>, <c>InputPart</c>/<c>TextAreaPart</c>/<c>SelectPart</c>,
/// <c>ButtonPart</c>, <c>LabelPart.For</c>, <c>ValidationPart.For</c>, <c>ValidationSummaryPart.ModelOnly</c>. Our rules
/// live beside Orchard's keys (kept by Orchard as unknown keys): <c>FormElementValidationPart</c> {Required, Pattern,
/// PatternMessage, MinLength, MaxLength, AllowedValues} and <c>FormElementLabelPart.Hint</c> (editor HTML, sanitized when shown).
/// </summary>
public sealed class FormElement
{
    /// <summary>Without a MaxLength, one-line inputs take at most this many characters…</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>…and text areas this many.</summary>
    public const int DefaultTextAreaMaxLength = 4000;

    public string ContentType { get; init; } = "";

    public string ContentItemId { get; init; } = "";

    public string? Name { get; init; }

    public string HtmlId { get; init; } = "";

    public string? Label { get; init; }

    public string? Hint { get; init; }

    /// <summary>InputPart.Type: text, email, tel, number, checkbox, radio, date…</summary>
    public string InputType { get; init; } = "text";

    public string? Placeholder { get; init; }

    /// <summary>InputPart.Autocomplete (given-name, email, tel…): lets browsers fill in the visitor's own details (WCAG 1.3.5).</summary>
    public string? Autocomplete { get; init; }

    public string? DefaultValue { get; init; }

    public IReadOnlyList<SelectOption> Options { get; init; } = [];

    /// <summary>SelectPart.Editor: Dropdown, Checkbox (a list of boxes, several values) or Radio.</summary>
    public string Editor { get; init; } = "Dropdown";

    public bool Required { get; init; }

    public string? Pattern { get; init; }

    public string? PatternMessage { get; init; }

    public int? MinLength { get; init; }

    public int MaxLength { get; init; }

    /// <summary>The only answers an input accepts (compared ignoring case); empty: any.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>The text of a Button or a Label widget.</summary>
    public string? Text { get; init; }

    /// <summary>ButtonPart.Type (submit) or the field a Label or Validation widget is for.</summary>
    public string? For { get; init; }

    public string? ButtonType { get; init; }

    public bool ModelOnly { get; init; }

    /// <summary>An element whose value is posted and checked.</summary>
    public bool IsField => Name is { Length: > 0 } && ContentType is "Input" or "TextArea" or "Select";

    public bool AllowsSeveralValues => ContentType == "Select" && Editor == "Checkbox";

    /// <summary>A group of choices shown as a fieldset with a legend.</summary>
    public bool IsGroup => ContentType == "Select" && Editor is "Checkbox" or "Radio";

    public static FormElement FromWidget(JsonObject widget)
    {
        var type = JsonPaths.GetString(widget, "ContentType") ?? "";
        var id = JsonPaths.GetString(widget, "ContentItemId") ?? "";
        var name = Blank(JsonPaths.GetString(widget, "FormInputElementPart", "Name"));
        var validation = widget["FormElementValidationPart"];
        return new FormElement
        {
            ContentType = type,
            ContentItemId = id,
            Name = name,
            HtmlId = Blank(JsonPaths.GetString(widget, "FormElementPart", "Id")) ?? (name is null ? "element-" + id : "champ-" + name),
            Label = Blank(JsonPaths.GetString(widget, "FormElementLabelPart", "Label")),
            Hint = Blank(JsonPaths.GetString(widget, "FormElementLabelPart", "Hint")),
            InputType = (Blank(JsonPaths.GetString(widget, "InputPart", "Type")) ?? "text").ToLowerInvariant(),
            Placeholder = Blank(JsonPaths.GetString(widget, "InputPart", "Placeholder") ?? JsonPaths.GetString(widget, "TextAreaPart", "Placeholder")),
            Autocomplete = Blank(JsonPaths.GetString(widget, "InputPart", "Autocomplete") ?? JsonPaths.GetString(widget, "SelectPart", "Autocomplete")),
            DefaultValue = Blank(JsonPaths.GetString(widget, "InputPart", "DefaultValue")
                ?? JsonPaths.GetString(widget, "TextAreaPart", "DefaultValue") ?? JsonPaths.GetString(widget, "SelectPart", "DefaultValue")),
            Options = ReadOptions(widget),
            Editor = Blank(JsonPaths.GetString(widget, "SelectPart", "Editor")) ?? "Dropdown",
            Required = JsonPaths.GetBoolean(validation, "Required") ?? false,
            Pattern = Blank(JsonPaths.GetString(validation, "Pattern")),
            PatternMessage = Blank(JsonPaths.GetString(validation, "PatternMessage")),
            MinLength = JsonPaths.GetDecimal(validation, "MinLength") is { } min ? (int)min : null,
            MaxLength = JsonPaths.GetDecimal(validation, "MaxLength") is { } max
                ? (int)max
                : type == "TextArea" ? DefaultTextAreaMaxLength : DefaultMaxLength,
            AllowedValues = JsonPaths.GetStrings(validation, "AllowedValues").Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList(),
            Text = Blank(JsonPaths.GetString(widget, "ButtonPart", "Text") ?? JsonPaths.GetString(widget, "TitlePart", "Title")),
            ButtonType = Blank(JsonPaths.GetString(widget, "ButtonPart", "Type")) ?? "submit",
            For = Blank(JsonPaths.GetString(widget, "LabelPart", "For") ?? JsonPaths.GetString(widget, "ValidationPart", "For")),
            ModelOnly = JsonPaths.GetBoolean(widget, "ValidationSummaryPart", "ModelOnly") ?? false,
        };
    }

    private static List<SelectOption> ReadOptions(JsonObject widget) =>
        JsonPaths.Get(widget, "SelectPart", "Options") is JsonArray options
            ? options.OfType<JsonObject>()
                .Select(o => new SelectOption(JsonPaths.GetString(o, "Text") ?? "", JsonPaths.GetString(o, "Value") ?? JsonPaths.GetString(o, "Text") ?? ""))
                .ToList()
            : [];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
