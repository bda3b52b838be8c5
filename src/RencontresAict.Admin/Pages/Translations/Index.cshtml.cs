using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Translations;

/// <summary>
/// « Traductions manquantes »: for each culture the site serves besides its default one, the items (of types with a
/// LocalizationPart) that have no item in that culture yet, each with its « Traduire » link. Staff see only the types
/// they may edit.
/// </summary>
public sealed class IndexModel(LocalizedContentQuery localized, ContentDefinitionManager definitions) : AdminPageModel
{
    public IReadOnlyList<MissingTranslations> Cultures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.EditOwnContent))
        {
            return Forbid();
        }

        var cultures = await localized.GetCulturesAsync();
        var typeNames = (await definitions.ListTypeDefinitionsAsync()).ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal);
        var shown = new List<MissingTranslations>();
        foreach (var culture in cultures.SupportedCultures.Where(c => !cultures.IsDefault(c)))
        {
            var items = new List<MissingTranslation>();
            foreach (var (id, type, text) in await localized.ListUntranslatedAsync(culture))
            {
                if (await CanForTypeAsync(Permissions.EditOwnContent, type))
                {
                    items.Add(new MissingTranslation(id, type, typeNames.GetValueOrDefault(type, type), text ?? id));
                }
            }

            shown.Add(new MissingTranslations(culture, CultureNames.InFrench(culture), items));
        }

        Cultures = shown;
        return Page();
    }
}
