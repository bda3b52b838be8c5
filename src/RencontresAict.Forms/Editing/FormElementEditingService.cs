using System.Security.Claims;
using System.Text.Json.Nodes;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Editing;

/// <summary>
/// Adds, changes, moves and removes the element widgets of a Form (its FlowPart), each change saved through the
/// admin's <see cref="ContentEditingService"/>: the first change after a publication makes a draft version, later ones
/// update it, visitors keep the published form until someone publishes, and a change made from an out-of-date page
/// (another version saved meanwhile) writes nothing.
/// </summary>
public sealed class FormElementEditingService(
    ContentManager contents, ContentEditingService editing, FormSubmissionHandlers handlers, IdGenerator ids, TimeProvider clock)
{
    public const string ContentType = "Form";

    /// <summary>The latest version of a Form (the draft when there is one); null when there is no such form.</summary>
    public async Task<ContentItem?> GetLatestAsync(string formId) =>
        await contents.GetAsync(formId, VersionOptions.Latest) is { } item && item.ContentType == ContentType && FormDefinition.IsForm(item) ? item : null;

    /// <summary>The names of the fields of the published version: what posts and stored answers already use.</summary>
    public async Task<IReadOnlySet<string>> PublishedNamesAsync(string formId) =>
        await contents.GetAsync(formId) is { } published
            ? FormDefinition.From(published).Fields.Select(f => f.Name!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    /// <summary>
    /// For a form whose submission handler keeps only some answers (<see cref="IFormSubmissionHandler.GetStoredFieldNamesAsync"/>),
    /// the other fields: they are checked on posting but not kept.
    /// </summary>
    public async Task<IReadOnlyList<FormElement>> FieldsNotStoredAsync(FormDefinition form)
    {
        if (handlers.For(form) is not { } handler)
        {
            return [];
        }

        var stored = await handler.GetStoredFieldNamesAsync(form);
        return form.Fields.Where(f => !stored.Contains(f.Name!)).ToList();
    }

    /// <summary>Saves the element <paramref name="elementId"/> (null: a new one, added before the first button, else last).</summary>
    public async Task<EditResult> SaveElementAsync(
        ContentItem latest, string? elementId, FormElementInput input, string? versionId, long stamp, ClaimsPrincipal user)
    {
        var publishedNames = await PublishedNamesAsync(latest.ContentItemId);
        return await editing.SaveAsync(latest, ContentType, item =>
        {
            var form = FormDefinition.From(item);
            var element = elementId is null ? null : form.Elements.FirstOrDefault(e => e.ContentItemId == elementId);
            if (elementId is not null && element is null)
            {
                return Refused("Cet élément n'existe plus dans le formulaire : il a été supprimé entre-temps.");
            }

            var errors = FormElementInputValidator.Check(input, form, element, publishedNames, handlers.For(form)?.RequiredFields);
            if (errors.Count > 0)
            {
                return Task.FromResult(errors);
            }

            var widgets = Widgets(item);
            var widget = elementId is null ? null : widgets.OfType<JsonObject>().First(w => JsonPaths.GetString(w, "ContentItemId") == elementId);
            if (widget is null)
            {
                widget = FormElementWriter.NewWidget(input.Type, ids.GenerateUniqueId(), ids.GenerateUniqueId(), user.Identity?.Name, clock.GetUtcNow().UtcDateTime);
                var button = form.Elements.ToList().FindIndex(e => e.ContentType == "Button");
                widgets.Insert(button < 0 || input.Type == "Button" ? widgets.Count : button, widget);
            }

            widget["ModifiedUtc"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            FormElementWriter.Write(widget, input);
            if (element?.Name is { } oldName && oldName != input.Name)
            {
                FollowRename(widgets, oldName, input.Name);
            }

            return None();
        }, versionId, stamp, user, publish: false);
    }

    /// <summary>Moves an element one place up (<paramref name="by"/> = -1) or down (+1); at either end nothing moves.</summary>
    public Task<EditResult> MoveAsync(ContentItem latest, string elementId, int by, string? versionId, long stamp, ClaimsPrincipal user) =>
        editing.SaveAsync(latest, ContentType, item =>
        {
            var widgets = Widgets(item);
            var index = IndexOf(widgets, elementId);
            if (index < 0)
            {
                return Refused("Cet élément n'existe plus dans le formulaire : il a été supprimé entre-temps.");
            }

            var target = Math.Clamp(index + by, 0, widgets.Count - 1);
            var widget = widgets[index];
            widgets.RemoveAt(index);
            widgets.Insert(target, widget);
            return None();
        }, versionId, stamp, user, publish: false);

    public Task<EditResult> RemoveAsync(ContentItem latest, string elementId, string? versionId, long stamp, ClaimsPrincipal user) =>
        editing.SaveAsync(latest, ContentType, item =>
        {
            var widgets = Widgets(item);
            var index = IndexOf(widgets, elementId);
            if (index < 0)
            {
                return Refused("Cet élément n'existe plus dans le formulaire : il a été supprimé entre-temps.");
            }

            var form = FormDefinition.From(item);
            var element = form.Elements[index];
            if (element.IsField && handlers.For(form)?.RequiredFields.FirstOrDefault(f => f.Name == element.Name) is { } required)
            {
                return Refused(required.RemoveRefusal);
            }

            if (element.IsField && form.Elements.Any(e => e.ContentType == "Validation" && e.For == element.Name))
            {
                return Refused($"Un message d'erreur affiche les erreurs du champ « {element.Label ?? element.Name} » : supprimez-le d'abord.");
            }

            widgets.RemoveAt(index);
            return None();
        }, versionId, stamp, user, publish: false);

    /// <summary>Publishes the latest version as it is (the staff reviewed it in the preview).</summary>
    public Task<EditResult> PublishAsync(ContentItem latest, string? versionId, long stamp, ClaimsPrincipal user) =>
        editing.SaveAsync(latest, ContentType, _ => None(), versionId, stamp, user, publish: true);

    /// <summary>The widget of <paramref name="elementId"/> in the item's FlowPart, or null.</summary>
    public static JsonObject? FindWidget(ContentItem item, string? elementId) =>
        (JsonPaths.Get(item.Content, "FlowPart", "Widgets") as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(w => JsonPaths.GetString(w, "ContentItemId") == elementId);

    /// <summary>Label and Validation widgets that pointed at a renamed field point at its new name.</summary>
    private static void FollowRename(JsonArray widgets, string oldName, string newName)
    {
        foreach (var widget in widgets.OfType<JsonObject>())
        {
            foreach (var part in new[] { "ValidationPart", "LabelPart" })
            {
                if (widget[part] is JsonObject target && JsonPaths.GetString(target, "For") == oldName)
                {
                    target["For"] = newName;
                }
            }
        }
    }

    private static JsonArray Widgets(ContentItem item)
    {
        var flow = item.GetOrCreatePart("FlowPart");
        if (flow["Widgets"] is JsonArray widgets)
        {
            return widgets;
        }

        var created = new JsonArray();
        flow["Widgets"] = created;
        return created;
    }

    private static int IndexOf(JsonArray widgets, string elementId) =>
        widgets.Select((w, i) => (w, i)).FirstOrDefault(p => p.w is JsonObject o && JsonPaths.GetString(o, "ContentItemId") == elementId, (null, -1)).Item2;

    private static Task<IReadOnlyList<ContentValidationError>> None() => Task.FromResult<IReadOnlyList<ContentValidationError>>([]);

    private static Task<IReadOnlyList<ContentValidationError>> Refused(string message) =>
        Task.FromResult<IReadOnlyList<ContentValidationError>>([new ContentValidationError("", message)]);
}
