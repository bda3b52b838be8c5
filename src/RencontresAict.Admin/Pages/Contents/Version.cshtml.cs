using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Contents;

/// <summary>One version's values, read-only, and a button that restores it as a new draft (never for personal data).</summary>
public sealed class VersionModel(ContentManager contents, ContentDefinitionManager definitions, ContentEditorBuilder editors, ContentEditingService editing)
    : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string VersionId { get; set; } = "";

    public ContentItem Version { get; private set; } = new();

    public IReadOnlyList<EditorGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        Groups = await editors.BuildAsync(Version);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        if (await definitions.GetTypeDefinitionAsync(Type) is not { } type || PersonalDataSettings.Of(type).HoldsPersonalData)
        {
            return Forbid();
        }

        await editing.RestoreAsync(Version, User);
        Flash(T["La version a été restaurée comme brouillon : publiez-la pour la mettre en ligne."]);
        return Redirect($"/admin/contents/{Type}/edit/{Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var version = await contents.Store.GetVersionAsync(VersionId);
        if (version is null || version.ContentItemId != Id || version.ContentType != Type)
        {
            return NotFound();
        }

        Version = version;
        var latest = await contents.GetAsync(Id, VersionOptions.Latest) ?? version;
        return await CanAsync(Permissions.EditContent, latest) ? null : Forbid();
    }
}
