using System.Globalization;
using System.Text.Json.Nodes;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Editing;

/// <summary>
/// The values of the element editor, as typed (numbers and lists stay text until they are checked). The posted
/// names are the property names ("Label", "Name", "Options"…), which are also the keys of the errors shown beside them.
/// </summary>
public sealed class FormElementInput
{
    public string Type { get; init; } = "Input";

    public string Label { get; init; } = "";

    public string Name { get; init; } = "";

    public string Hint { get; init; } = "";

    public string Placeholder { get; init; } = "";

    public string InputType { get; init; } = "text";

    public string Editor { get; init; } = "Dropdown";

    /// <summary>One choice per line, <c>valeur|libellé</c>.</summary>
    public string Options { get; init; } = "";

    public bool Required { get; init; }

    public string MinLength { get; init; } = "";

    public string MaxLength { get; init; } = "";

    public string Pattern { get; init; } = "";

    public string PatternMessage { get; init; } = "";

    /// <summary>One accepted answer per line; empty: any answer.</summary>
    public string AllowedValues { get; init; } = "";

    /// <summary>The text of a Label (intertitle) or a Button.</summary>
    public string Text { get; init; } = "";

    /// <summary>The field a Validation widget shows the error of.</summary>
    public string For { get; init; } = "";

    /// <summary>The editor has read the warning and still renames a field that posts already use.</summary>
    public bool ConfirmRename { get; init; }

    public bool IsField => FormElementKinds.IsField(Type);

    public static FormElementInput FromForm(string type, EditorForm form) => new()
    {
        Type = type,
        Label = form.Get(nameof(Label)).Trim(),
        Name = form.Get(nameof(Name)).Trim(),
        Hint = form.Get(nameof(Hint)).Trim(),
        Placeholder = form.Get(nameof(Placeholder)).Trim(),
        InputType = form.Get(nameof(InputType)).Trim(),
        Editor = form.Get(nameof(Editor)).Trim(),
        Options = form.Get(nameof(Options)).Replace("\r", "", StringComparison.Ordinal),
        Required = form.Get(nameof(Required)) == "true",
        MinLength = form.Get(nameof(MinLength)).Trim(),
        MaxLength = form.Get(nameof(MaxLength)).Trim(),
        Pattern = form.Get(nameof(Pattern)).Trim(),
        PatternMessage = form.Get(nameof(PatternMessage)).Trim(),
        AllowedValues = form.Get(nameof(AllowedValues)).Replace("\r", "", StringComparison.Ordinal),
        Text = form.Get(nameof(Text)).Trim(),
        For = form.Get(nameof(For)).Trim(),
        ConfirmRename = form.Get(nameof(ConfirmRename)) == "true",
    };

    /// <summary>The editor's values for an existing widget; lengths only when the widget states them.</summary>
    public static FormElementInput FromWidget(JsonObject widget)
    {
        var element = FormElement.FromWidget(widget);
        var validation = widget["FormElementValidationPart"];
        return new FormElementInput
        {
            Type = element.ContentType,
            Label = element.Label ?? "",
            Name = element.Name ?? "",
            Hint = element.Hint ?? "",
            Placeholder = element.Placeholder ?? "",
            InputType = element.InputType,
            Editor = element.Editor,
            Options = SelectOptionsText.Format(element.Options),
            Required = element.Required,
            MinLength = Number(JsonPaths.GetDecimal(validation, "MinLength")),
            MaxLength = Number(JsonPaths.GetDecimal(validation, "MaxLength")),
            Pattern = element.Pattern ?? "",
            PatternMessage = element.PatternMessage ?? "",
            AllowedValues = string.Join('\n', element.AllowedValues),
            Text = element.Text ?? "",
            For = element.For ?? "",
        };
    }

    /// <summary>The lines of <see cref="AllowedValues"/>, trimmed, without blanks or repeats.</summary>
    public IReadOnlyList<string> AllowedValueList() =>
        AllowedValues.Split('\n').Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Number(decimal? value) => value is { } n ? ((int)n).ToString(CultureInfo.InvariantCulture) : "";
}
