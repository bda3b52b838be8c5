using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Settings;

namespace RencontresAict.Conference.Editions;

/// <summary>
/// « Édition courante »: which published edition the public site shows at <c>/</c>, <c>/programme</c>,
/// <c>/inscription</c>… Stored in the site settings (RencontresSettings.CurrentEditionContentItemId, with the home
/// route beside it, as Orchard's recipes set them); once committed, the <see cref="ICurrentEditionObserver"/>s are told.
/// </summary>
public sealed class CurrentEditionSetting(
    SiteSettingsService settings, EditionDirectory editions, DocumentSession session, IEnumerable<ICurrentEditionObserver> observers)
{
    public Task<string?> GetAsync() => settings.GetCurrentEditionIdAsync();

    /// <summary>Makes the published edition <paramref name="editionId"/> current; the caller saves the session.</summary>
    public async Task SetAsync(string editionId)
    {
        var edition = await editions.FindByIdAsync(editionId);
        if (edition is null || !(edition.Published || await session.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM ContentItemIndex WHERE ContentItemId = @editionId AND Published = 1", new { editionId }) > 0))
        {
            throw new EditionRequestException(
                $"Edition {editionId} is not published: publish it before making it current.",
                "Cette édition n'est pas publiée : publiez-la avant d'en faire l'édition courante.");
        }

        if (await GetAsync() == editionId)
        {
            return;
        }

        var site = await settings.GetAsync();
        if (site.Properties["RencontresSettings"] is not JsonObject rencontres)
        {
            rencontres = [];
            site.Properties["RencontresSettings"] = rencontres;
        }

        rencontres["CurrentEditionContentItemId"] = editionId;
        if (site.HomeRoute is { } home && home.ContainsKey("ContentItemId"))
        {
            home["ContentItemId"] = editionId;
        }

        await settings.SaveAsync(site);
        session.AfterCommit(async () =>
        {
            foreach (var observer in observers)
            {
                await observer.CurrentEditionChangedAsync();
            }
        });
    }
}
