using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Editing;

namespace RencontresAict.Forms.Pages.FormElements;

/// <summary>
/// The editor of one element of a form (<c>?element={id}</c>), or of a new one (<c>?type=Input</c>): label, hint,
/// machine name, placeholder, choices and rules, checked on the server with a French message beside each field.
/// Saving writes the form's draft; the page carries the version it was made from, so it never overwrites a
/// version someone else saved meanwhile.
/// </summary>
public sealed class EditModel(FormElementEditingService elements) : FormElementsPageModel(elements)
{
    [BindProperty(SupportsGet = true, Name = "element")]
    public string? ElementId { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? NewType { get; set; }

    public FormElementInput Input { get; private set; } = new();

    public IReadOnlyList<ContentValidationError> Errors { get; private set; } = [];

    public ContentItem? Conflict { get; private set; }

    /// <summary>The element's name in the published form, when it has one: renaming it needs a confirmation.</summary>
    public bool IsPublishedField { get; private set; }

    public bool IsNew => string.IsNullOrEmpty(ElementId);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        StampFromItem();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        var posted = FormElementInput.FromForm(Input.Type, new EditorForm(Request.Form));
        var result = await Elements.SaveElementAsync(Item, ElementId, posted, VersionId, Stamp, User);
        if (result.Succeeded)
        {
            Flash(T["« {0} » est enregistré dans le brouillon du formulaire. Publiez le formulaire pour que les visiteurs le voient.", posted.IsField ? posted.Label : posted.Text.Length > 0 ? posted.Text : posted.For]);
            return Redirect($"/admin/forms/{Id}/elements");
        }

        // Nothing was written: the values typed are shown again, with why.
        Input = posted;
        Errors = result.Errors;
        Conflict = result.ConflictingVersion;
        return Page();
    }

    /// <summary>The messages for one value of the editor, in the admin's language.</summary>
    public IReadOnlyList<string> ErrorsOf(string key) => Errors.Where(e => e.Member == key).Select(e => T[e.Message]).ToList();

    /// <summary>An input of the admin's shared editor partial, keyed by the value's name.</summary>
    public EditorInput Field(string key, string label, string partial, string? value, string? hint = null, bool required = false,
        IReadOnlyList<KeyValuePair<string, string>>? choices = null) => new()
    {
        Key = key,
        Label = T[label],
        Partial = partial,
        Value = value,
        Hint = hint is null ? null : T[hint],
        Required = required,
        Options = choices?.Select(c => new EditorOption(c.Key, T[c.Value], c.Key == value)).ToList() ?? [],
        Errors = ErrorsOf(key),
    };

    private async Task<IActionResult?> LoadAsync()
    {
        if (await LoadFormAsync() is { } stop)
        {
            return stop;
        }

        if (IsNew)
        {
            if (NewType is null || !FormElementKinds.IsKnown(NewType))
            {
                return NotFound();
            }

            Input = new FormElementInput { Type = NewType, Required = false };
            return null;
        }

        if (FormElementEditingService.FindWidget(Item, ElementId) is not { } widget)
        {
            return NotFound();
        }

        Input = FormElementInput.FromWidget(widget);
        IsPublishedField = Input.IsField && (await Elements.PublishedNamesAsync(Id)).Contains(Input.Name);
        return null;
    }
}
