using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Conference.Editions;

namespace RencontresAict.Conference.Pages.Editions;

/// <summary>« Publier l'édition »: publishes the edition and the drafts prepared for it, and makes it current when asked.</summary>
public sealed class PublishModel(EditionDirectory editions, EditionPublisher publisher, DocumentSession session) : EditionsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public bool MakeCurrent { get; set; } = true;

    public ContentItem Edition { get; private set; } = new();

    public IReadOnlyList<ContentItem> Drafts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        EditionPublication? done = null;
        if (!await TryAsync(session, async () => done = await publisher.PublishAsync(Edition, MakeCurrent)))
        {
            return Page();
        }

        Flash(done!.MadeCurrent
            ? T["L'édition « {0} » est publiée avec {1} brouillon(s) ; c'est maintenant l'édition courante.", Edition.DisplayText ?? "", done.Published.Count]
            : T["L'édition « {0} » est publiée avec {1} brouillon(s).", Edition.DisplayText ?? "", done.Published.Count]);
        return Redirect($"/admin/contents/Edition/edit/{Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await RefuseUnlessAllowedAsync(Permissions.PublishContent) is { } refused)
        {
            return refused;
        }

        if (await editions.FindByIdAsync(Id) is not { } edition)
        {
            return NotFound();
        }

        Edition = edition;
        Drafts = await publisher.DraftsOfAsync(edition);
        return null;
    }
}
