using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display.Editions;

/// <summary>
/// The published editions, oldest first, read once per request. An edition's year is the year of its start in its own
/// zone (<see cref="EditionModel.Year"/>): the archives answer at <c>/{year}/</c>. A draft edition is never listed.
/// </summary>
public sealed class EditionCatalog(ContentItemStore store, EditionReader editions, LocalizedContentQuery localized)
{
    private IReadOnlyList<EditionModel>? _published;

    public async Task<IReadOnlyList<EditionModel>> ListAsync()
    {
        if (_published is not null)
        {
            return _published;
        }

        var ids = await store.Session.QueryAsync<long>("SELECT DocumentId FROM ContentItemIndex WHERE ContentType = 'Edition' AND Published = 1");
        var models = new List<EditionModel>();
        foreach (var item in await localized.ForCurrentCultureAsync(await store.LoadManyAsync(ids)))
        {
            models.Add(await editions.ReadAsync(item));
        }

        return _published = models.OrderBy(e => e.Start ?? DateTimeOffset.MaxValue).ThenBy(e => e.Number).ToList();
    }

    /// <summary>The published edition that starts in <paramref name="year"/>, or null.</summary>
    public async Task<EditionModel?> FindByYearAsync(int year) => (await ListAsync()).FirstOrDefault(e => e.Year == year);
}
