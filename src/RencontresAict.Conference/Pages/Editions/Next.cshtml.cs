using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Conference.Editions;

namespace RencontresAict.Conference.Pages.Editions;

/// <summary>
/// « Préparer l'édition suivante »: from an edition's editor, the staff give the new number and days; the edition, its
/// pages and its registration form are copied as drafts and the new edition's editor opens.
/// </summary>
public sealed class NextModel(EditionDirectory editions, NextEditionPreparer preparer, DocumentSession session) : EditionsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public int? Number { get; set; }

    [BindProperty]
    public DateOnly? Start { get; set; }

    [BindProperty]
    public DateOnly? End { get; set; }

    public ContentItem Source { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        Number = EditionDirectory.NumberOf(Source) + 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        if (Number is not { } number || Start is not { } start || !ModelState.IsValid || EditionDirectory.NumberOf(Source) is not { } from)
        {
            Error = T["Indiquez le numéro de la nouvelle édition et sa date de début (une date valide, par exemple 19/06/2023)."];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        NextEditionResult? result = null;
        if (!await TryAsync(session, async () => result = await preparer.PrepareAsync(new NextEditionRequest(from, number, start, End, User.Identity?.Name ?? ""))))
        {
            return Page();
        }

        Flash(T["L'édition « {0} » est prête en brouillon, avec {1} page(s) et son formulaire d'inscription. Vérifiez-la, puis publiez-la.",
            result!.Edition.DisplayText ?? "", result.Pages.Count]);
        return Redirect($"/admin/contents/Edition/edit/{result.Edition.ContentItemId}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await RefuseUnlessAllowedAsync(Permissions.EditContent) is { } refused)
        {
            return refused;
        }

        if (await editions.FindByIdAsync(Id) is not { } source)
        {
            return NotFound();
        }

        Source = source;
        return null;
    }
}
