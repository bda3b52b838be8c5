using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.ContentLocalization;

/// <summary>
/// Orchard's "Translate": a draft in another culture, prefilled from a default-culture item, in that item's localization
/// set (which the item gets if it had none). Its path is the source's under the culture's prefix (<c>en/…</c>). Only
/// a default-culture item is translated, once per culture. Nothing is durable until the caller saves the session, so
/// a refusal leaves nothing half-stored.
/// </summary>
public sealed class ContentTranslator(ContentManager content, LocalizedContentQuery localized, IdGenerator ids)
{
    public async Task<ContentItem> TranslateAsync(string contentItemId, string culture)
    {
        var source = await content.GetAsync(contentItemId, VersionOptions.Latest)
            ?? throw new ContentLocalizationException("Cet élément n'existe pas (ou plus).");
        var cultures = await localized.GetCulturesAsync();
        if (!cultures.Serves(culture) || cultures.IsDefault(culture))
        {
            throw new ContentLocalizationException($"Le site ne traduit pas en {CultureNames.InFrench(culture)}.");
        }

        var part = source.As<LocalizationPart>();
        if (!cultures.IsDefault(part.Culture))
        {
            throw new ContentLocalizationException(
                $"« {source.DisplayText} » est déjà une traduction (en {CultureNames.InFrench(part.Culture)}) : on ne traduit que l'élément en {CultureNames.InFrench(cultures.DefaultCulture)}.");
        }

        if (!string.IsNullOrEmpty(part.LocalizationSet) && await localized.FindAsync(part.LocalizationSet, culture, published: false) is not null)
        {
            throw new ContentLocalizationException($"« {source.DisplayText} » a déjà une traduction en {CultureNames.InFrench(culture)}.");
        }

        if (string.IsNullOrEmpty(part.LocalizationSet) || string.IsNullOrEmpty(part.Culture))
        {
            part.LocalizationSet ??= ids.GenerateUniqueId();
            part.Culture = cultures.DefaultCulture;
            source.Apply(part);
            await content.UpdateAsync(source);
        }

        var translation = source.Clone();
        translation.Id = 0;
        translation.DocumentVersion = 0;
        translation.ContentItemId = ids.GenerateUniqueId();
        translation.ContentItemVersionId = ids.GenerateUniqueId();
        translation.Published = false;
        translation.PublishedUtc = null;
        translation.CreatedUtc = null;
        translation.Apply(new LocalizationPart { LocalizationSet = part.LocalizationSet, Culture = culture });
        if (translation.GetPart("AutoroutePart") is { } route)
        {
            var path = source.GetText("AutoroutePart", "Path")?.Trim('/');
            route["Path"] = string.IsNullOrEmpty(path) ? null : $"{culture.Split('-')[0].ToLowerInvariant()}/{path}";
        }

        await content.CreateAsync(translation, publish: false);
        return translation;
    }
}
