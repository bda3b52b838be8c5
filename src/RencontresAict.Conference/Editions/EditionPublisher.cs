using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Editions;

/// <summary>
/// « Publier l'édition » and <c>publish-edition N [--current]</c>: publishes the edition's draft and the drafts
/// « Préparer l'édition suivante » made for it (its pages under its path, its registration form), then, when asked,
/// makes it the current edition. Items already published without a newer draft are left as they are. The caller saves.
/// </summary>
public sealed class EditionPublisher(EditionDirectory editions, ContentManager contents, CurrentEditionSetting current)
{
    public async Task<EditionPublication> PublishAsync(int number, bool makeCurrent)
    {
        var edition = await editions.FindByNumberAsync(number)
            ?? throw new EditionRequestException($"No edition has the number {number}.", $"Aucune édition ne porte le numéro {number}.");
        return await PublishAsync(edition, makeCurrent);
    }

    public async Task<EditionPublication> PublishAsync(ContentItem edition, bool makeCurrent)
    {
        var published = new List<ContentItem>();
        await contents.PublishAsync(edition);
        foreach (var item in await DraftsOfAsync(edition))
        {
            await contents.PublishAsync(item);
            published.Add(item);
        }

        if (makeCurrent)
        {
            await current.SetAsync(edition.ContentItemId);
        }

        return new EditionPublication(edition, published, makeCurrent);
    }

    /// <summary>
    /// The drafts published with the edition: its pages and registration form not yet published in their latest version,
    /// then the translations of the edition and of those items that are drafts too.
    /// </summary>
    public async Task<IReadOnlyList<ContentItem>> DraftsOfAsync(ContentItem edition)
    {
        var own = (await editions.PagesOfAsync(edition)).ToList();
        if (await editions.RegistrationFormOfAsync(edition) is { } form)
        {
            own.Add(form);
        }

        var drafts = own.Where(i => !i.Published && EditionDirectory.PathOf(i).StartsWith(EditionDirectory.PathOf(edition) + "/", StringComparison.Ordinal)).ToList();
        var translated = new List<ContentItem>();
        foreach (var item in drafts.Prepend(edition))
        {
            translated.AddRange((await editions.TranslationsOfAsync(item)).Where(t => !t.Published));
        }

        return [.. drafts, .. translated];
    }
}
