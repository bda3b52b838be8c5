using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Conference.Editions;

namespace RencontresAict.Conference.Pages.Editions;

/// <summary>« Édition courante »: the settings page where the staff choose which published edition the public site shows.</summary>
public sealed class CurrentModel(EditionDirectory editions, CurrentEditionSetting current, DocumentSession session) : EditionsPageModel
{
    [BindProperty]
    public string? Edition { get; set; }

    public string? CurrentId { get; private set; }

    public IReadOnlyList<ContentItem> Editions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        if (string.IsNullOrEmpty(Edition) || !await TryAsync(session, () => current.SetAsync(Edition)))
        {
            Error ??= T["Choisissez une édition."];
            return Page();
        }

        Flash(T["« {0} » est maintenant l'édition courante.", Editions.FirstOrDefault(e => e.ContentItemId == Edition)?.DisplayText ?? Edition]);
        return Redirect("/admin/editions/current");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await RefuseUnlessAllowedAsync(Permissions.PublishContent) is { } refused)
        {
            return refused;
        }

        Editions = (await editions.ListAsync()).OrderByDescending(EditionDirectory.NumberOf).ToList();
        CurrentId = await current.GetAsync();
        return null;
    }
}
