using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Editing.Fields;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;
using RencontresAict.Forms.Editing;
using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Pages.FormElements;

/// <summary>
/// The elements of a form in their order, each with buttons to move it up or down, change or remove it (plain forms:
/// no script needed), a way to add one, and the publish button. Every change goes into the form's draft; the
/// public form changes when the draft is published.
/// </summary>
public sealed class IndexModel(FormElementEditingService elements, ContentManager contents, EditorTimeZones zones) : FormElementsPageModel(elements)
{
    [BindProperty]
    public string Element { get; set; } = "";

    public bool HasPublishedVersion { get; private set; }

    public bool CanPublish { get; private set; }

    public ContentItem? Conflict { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Fields whose answers the form's submission handler does not keep (checked on posting, then dropped).</summary>
    public IReadOnlyList<FormElement> NotStored { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        StampFromItem();
        return Page();
    }

    public Task<IActionResult> OnPostUpAsync() => ChangeAsync(latest => Elements.MoveAsync(latest, Element, -1, VersionId, Stamp, User), "L'élément a été déplacé.");

    public Task<IActionResult> OnPostDownAsync() => ChangeAsync(latest => Elements.MoveAsync(latest, Element, +1, VersionId, Stamp, User), "L'élément a été déplacé.");

    public Task<IActionResult> OnPostRemoveAsync() => ChangeAsync(latest => Elements.RemoveAsync(latest, Element, VersionId, Stamp, User), "L'élément a été supprimé du brouillon.");

    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        var result = await Elements.PublishAsync(Item, VersionId, Stamp, User);
        return await AfterAsync(result, "Le formulaire est publié : les visiteurs voient ces éléments.");
    }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public string Local(DateTime? utc) =>
        utc is null ? "—" : DateTimeFieldEditor.ToLocal(utc.Value, Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The rules of a field in a few words ("obligatoire · 100 caractères au plus · format vérifié").</summary>
    public string Rules(FormElement element)
    {
        if (!element.IsField)
        {
            return element.For is { Length: > 0 } target ? T["pour « {0} »", target] : "";
        }

        var rules = new List<string>();
        rules.Add(element.Required ? T["obligatoire"] : T["facultatif"]);
        if (element.ContentType == "Input" && element.InputType is "email" or "tel" or "number" or "date")
        {
            rules.Add(T[FormElementKinds.InputTypes.First(t => t.Key == element.InputType).Value]);
        }

        if (element.MinLength is { } min)
        {
            rules.Add(T["{0} caractères au moins", min]);
        }

        if (element.ContentType != "Select" && element.InputType is not ("checkbox" or "radio"))
        {
            rules.Add(T["{0} caractères au plus", element.MaxLength]);
        }

        if (element.Pattern is not null)
        {
            rules.Add(T["format vérifié"]);
        }

        if (element.AllowedValues.Count > 0 || element.ContentType == "Select")
        {
            rules.Add(T["{0} réponses acceptées", element.AllowedValues.Count > 0 ? element.AllowedValues.Count : element.Options.Count]);
        }

        return string.Join(" · ", rules);
    }

    private async Task<IActionResult> ChangeAsync(Func<ContentItem, Task<EditResult>> change, string done)
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        return await AfterAsync(await change(Item), done);
    }

    private async Task<IActionResult> AfterAsync(EditResult result, string done)
    {
        if (result.Succeeded)
        {
            Flash(T[done]);
            return Redirect($"/admin/forms/{Id}/elements");
        }

        // Nothing was written: show the form as it is now, with why.
        Conflict = result.ConflictingVersion;
        Errors = result.Errors.Select(e => T[e.Message]).ToList();
        // The list below is the form as it is now, so the next change is made against this version.
        await LoadAsync();
        StampFromItem();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await LoadFormAsync() is { } stop)
        {
            return stop;
        }

        HasPublishedVersion = await contents.GetAsync(Id) is not null;
        Zone = await zones.ForAsync(Item);
        NotStored = await Elements.FieldsNotStoredAsync(Form);
        CanPublish = !Item.Published && await CanAsync(Permissions.PublishContent, Item);
        return null;
    }
}
