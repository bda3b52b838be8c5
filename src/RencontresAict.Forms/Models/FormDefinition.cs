using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Forms.Models;

/// <summary>
/// A Form content item as the site uses it: Orchard's <c>FormPart</c> {Action, Method, WorkflowTypeId,
/// EnableAntiForgeryToken, SaveFormLocation} and the element widgets of its <c>FlowPart</c> in order. A module that
/// processes a form's posts reads its own parts from <see cref="Item"/> (<see cref="IFormSubmissionHandler"/>).
/// </summary>
public sealed class FormDefinition
{
    public required ContentItem Item { get; init; }

    public string FormId => Item.ContentItemId;

    public string? Action { get; init; }

    public string Method { get; init; } = "POST";

    public string? WorkflowTypeId { get; init; }

    public bool EnableAntiForgeryToken { get; init; } = true;

    public bool SaveFormLocation { get; init; } = true;

    public string HtmlId { get; init; } = "";

    /// <summary>The form's language (Orchard's <c>LocalizationPart.Culture</c>, "en"); null: the site's default language.</summary>
    public string? Culture { get; init; }

    public IReadOnlyList<FormElement> Elements { get; init; } = [];

    public IEnumerable<FormElement> Fields => Elements.Where(e => e.IsField);

    public static bool IsForm(ContentItem item) => item.GetPart("FormPart") is not null;

    public static FormDefinition From(ContentItem item)
    {
        var form = item.GetPart("FormPart");
        var widgets = JsonPaths.Get(item.Content, "FlowPart", "Widgets") as JsonArray ?? [];
        return new FormDefinition
        {
            Item = item,
            Action = JsonPaths.GetString(form, "Action"),
            Method = (JsonPaths.GetString(form, "Method") ?? "POST").ToUpperInvariant(),
            WorkflowTypeId = string.IsNullOrWhiteSpace(JsonPaths.GetString(form, "WorkflowTypeId")) ? null : JsonPaths.GetString(form, "WorkflowTypeId"),
            EnableAntiForgeryToken = JsonPaths.GetBoolean(form, "EnableAntiForgeryToken") ?? true,
            SaveFormLocation = JsonPaths.GetBoolean(form, "SaveFormLocation") ?? JsonPaths.GetBoolean(form, "EnableRequestOriginatedFrom") ?? true,
            HtmlId = JsonPaths.GetString(item.Content, "FormElementPart", "Id") is { Length: > 0 } id ? id : "form_" + item.ContentItemId,
            Culture = JsonPaths.GetString(item.Content, "LocalizationPart", "Culture") is { Length: > 0 } culture ? culture : null,
            Elements = widgets.OfType<JsonObject>().Select(FormElement.FromWidget).ToList(),
        };
    }
}
