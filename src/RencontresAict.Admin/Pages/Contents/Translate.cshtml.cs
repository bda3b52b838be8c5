using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Translations;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Contents;

/// <summary>
/// « Traduire en anglais »: confirms, then makes a draft in the other culture prefilled from the item (Orchard's
/// Translate, <see cref="ContentTranslator"/>) and opens it in the editor. A refusal (a translation of a translation, a
/// second translation) is shown here and stores nothing.
/// </summary>
public sealed class TranslateModel(
    ContentManager contents, ContentTranslator translator, TranslationLinks links, DocumentSession session) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Culture { get; set; } = "";

    public ContentItem Item { get; private set; } = new();

    public string LanguageName => CultureNames.InFrench(Culture);

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        try
        {
            var draft = await translator.TranslateAsync(Id, Culture);
            draft.Author = User.Identity?.Name;
            draft.Owner = PermissionService.UserIdOf(User);
            await contents.UpdateAsync(draft);
            await session.SaveChangesAsync();
            Flash(T["Brouillon en {0} créé à partir de l'original : traduisez-le, puis publiez-le.", T[LanguageName]]);
            return Redirect(TranslationLinks.EditorUrl(draft));
        }
        catch (Exception refusal) when (refusal is ContentLocalizationException or ContentValidationException)
        {
            await session.RollbackAsync();
            Error = refusal.Message;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var item = await contents.GetAsync(Id, VersionOptions.Latest);
        if (item is null || item.ContentType != Type || !await links.IsLocalizableAsync(Type))
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.EditContent, item) || !await CanForTypeAsync(Permissions.EditOwnContent, Type))
        {
            return Forbid();
        }

        Item = item;
        return null;
    }
}
