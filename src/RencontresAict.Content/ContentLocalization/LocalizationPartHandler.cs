using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.ContentLocalization;

/// <summary>
/// Keeps localization sets sound, whichever way an item arrives (editor, recipe, API): its culture is one the site
/// serves, and a set holds one item per culture. Refusals are French, for the staff, and stop the save whole. As in
/// Orchard, a new item whose LocalizationPart is empty is in the site's default culture and starts a set of its own, so
/// it is listed among what lacks a translation and can be translated.
/// </summary>
public sealed class LocalizationPartHandler(DocumentSession session, SiteSettingsService settings, IdGenerator ids) : ContentHandlerBase
{
    public override async Task CreatingAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (item.GetPart(nameof(LocalizationPart)) is null)
        {
            return;
        }

        var part = item.As<LocalizationPart>();
        if (!string.IsNullOrWhiteSpace(part.Culture) && !string.IsNullOrWhiteSpace(part.LocalizationSet))
        {
            return;
        }

        part.Culture = string.IsNullOrWhiteSpace(part.Culture) ? (await SiteCultures.ReadAsync(settings)).DefaultCulture : part.Culture;
        part.LocalizationSet = string.IsNullOrWhiteSpace(part.LocalizationSet) ? ids.GenerateUniqueId() : part.LocalizationSet;
        item.Apply(part);
    }

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        if (item.GetPart(nameof(LocalizationPart)) is null)
        {
            return;
        }

        var part = item.As<LocalizationPart>();
        if (string.IsNullOrWhiteSpace(part.Culture))
        {
            return;
        }

        var cultures = await SiteCultures.ReadAsync(settings);
        if (!cultures.Serves(part.Culture))
        {
            context.Fail("LocalizationPart.Culture", $"Le site ne publie pas en {CultureNames.InFrench(part.Culture)} (langues : {string.Join(", ", cultures.SupportedCultures)}).");
            return;
        }

        if (!string.IsNullOrWhiteSpace(part.LocalizationSet) && await session.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM LocalizedContentItemIndex
            WHERE LocalizationSet = @LocalizationSet AND Culture = @Culture AND ContentItemId <> @id AND (Latest = 1 OR Published = 1)
            """,
            new { part.LocalizationSet, part.Culture, id = item.ContentItemId }) > 0)
        {
            context.Fail("LocalizationPart.Culture", $"Cet ensemble de traductions a déjà un élément en {CultureNames.InFrench(part.Culture)} : modifiez-le plutôt que d'en créer un second.");
        }
    }
}
