using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RencontresAict.Admin.ContentTypes;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.ContentTypes;

/// <summary>One content type: its display name, its parts' fields (rename, move) and a form to add a field.</summary>
public sealed class EditModel(ContentDefinitionManager definitions, ContentTypeEditor editor, IOptions<ContentOptions> options) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    public ContentTypeDefinitionRecord Type { get; private set; } = new();

    public IReadOnlyList<ContentPartDefinitionRecord> Parts { get; private set; } = [];

    public IReadOnlyList<string> FieldTypes => [.. options.Value.FieldTypes.Order(StringComparer.Ordinal)];

    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostRenameTypeAsync(string displayName) => ChangeAsync(() => editor.RenameTypeAsync(Name, displayName));

    public Task<IActionResult> OnPostRenameFieldAsync(string part, string field, string displayName) =>
        ChangeAsync(() => editor.RenameFieldAsync(part, field, displayName));

    public Task<IActionResult> OnPostMoveFieldAsync(string part, string field, int direction) =>
        ChangeAsync(() => editor.MoveFieldAsync(part, field, direction));

    public Task<IActionResult> OnPostAddFieldAsync(string fieldType, string technicalName, string displayName) =>
        ChangeAsync(() => editor.AddFieldAsync(Name, fieldType, technicalName, displayName));

    private async Task<IActionResult> ChangeAsync(Func<Task<string?>> change)
    {
        if (!await CanAsync(Permissions.ManageContentTypes))
        {
            return Forbid();
        }

        if (await definitions.GetTypeDefinitionAsync(Name) is null)
        {
            return NotFound();
        }

        Error = await change();
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync();
        }

        Flash(T["Le type de contenu a été enregistré."]);
        return Redirect($"/admin/content-types/{Name}");
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (!await CanAsync(Permissions.ManageContentTypes))
        {
            return Forbid();
        }

        var all = await definitions.LoadAsync();
        var type = all.ContentTypeDefinitionRecords.Find(t => t.Name == Name);
        if (type is null)
        {
            return NotFound();
        }

        Type = type;
        Parts = type.ContentTypePartDefinitionRecords
            .Select(p => all.ContentPartDefinitionRecords.Find(d => d.Name == p.PartName))
            .OfType<ContentPartDefinitionRecord>()
            .Where(p => p.ContentPartFieldDefinitionRecords.Count > 0)
            .ToList();
        return Page();
    }
}
