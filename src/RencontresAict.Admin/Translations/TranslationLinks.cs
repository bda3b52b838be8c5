using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Admin.Translations;

/// <summary>
/// The language links of an item's editor, as Orchard's LocalizationPart shows them: on a default-culture item, each other
/// culture of the site leads to its translation, or offers « Traduire en … » when there is none yet; on a translation,
/// the original leads back. Items whose type has no LocalizationPart, and single-culture sites, get none.
/// </summary>
public sealed class TranslationLinks(ContentDefinitionManager definitions, LocalizedContentQuery localized)
{
    public async Task<IReadOnlyList<TranslationLink>> ForAsync(ContentItem item)
    {
        if (string.IsNullOrEmpty(item.ContentItemId) || !await IsLocalizableAsync(item.ContentType))
        {
            return [];
        }

        var cultures = await localized.GetCulturesAsync();
        var part = item.As<LocalizationPart>();
        var set = part.LocalizationSet;
        if (!string.IsNullOrEmpty(part.Culture) && !cultures.IsDefault(part.Culture))
        {
            return !string.IsNullOrEmpty(set) && await localized.FindAsync(set, cultures.DefaultCulture, published: false) is { } original
                ? [new TranslationLink("Voir l'original en {0}", CultureNames.InFrench(cultures.DefaultCulture), EditorUrl(original), Translates: false)]
                : [];
        }

        var links = new List<TranslationLink>();
        foreach (var culture in cultures.SupportedCultures.Where(c => !cultures.IsDefault(c)))
        {
            var language = CultureNames.InFrench(culture);
            links.Add(!string.IsNullOrEmpty(set) && await localized.FindAsync(set, culture, published: false) is { } translation
                ? new TranslationLink("Voir la traduction en {0}", language, EditorUrl(translation), Translates: false)
                : new TranslationLink("Traduire en {0}", language, TranslateUrl(item.ContentType, item.ContentItemId, culture), Translates: true));
        }

        return links;
    }

    /// <summary>Whether items of <paramref name="contentType"/> carry a LocalizationPart (Orchard's way to say "translatable").</summary>
    public async Task<bool> IsLocalizableAsync(string contentType) =>
        await definitions.GetTypeDefinitionAsync(contentType) is { } type
        && type.ContentTypePartDefinitionRecords.Any(p => p.PartName == nameof(LocalizationPart));

    public static string EditorUrl(ContentItem item) => $"/admin/contents/{item.ContentType}/edit/{item.ContentItemId}";

    public static string TranslateUrl(string contentType, string contentItemId, string culture) =>
        $"/admin/contents/{contentType}/{contentItemId}/translate/{Uri.EscapeDataString(culture)}";
}
