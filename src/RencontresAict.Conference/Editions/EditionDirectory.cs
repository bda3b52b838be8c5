using System.Globalization;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Editions;

/// <summary>
/// Finds editions and what belongs to them, from the index tables. An edition's pages are the Pages whose path lies
/// under the edition's path (<c>2023/mentions-legales</c>, as <c>new-edition</c> makes them) or, for an edition with
/// none there (the 13th, set up by the recipe), the site's pages outside any year (<c>mentions-legales</c>,
/// <c>inscription/merci</c>). Its registration form is the Form whose RegistrationFormPart names it. Translations
/// (LocalizationPart in another culture than the site's default) are not editions or pages of their own here.
/// </summary>
public sealed class EditionDirectory(DocumentSession session, ContentItemStore store, LocalizedContentQuery localized)
{
    public const string ContentType = "Edition";

    /// <summary>The latest version of every edition (drafts included).</summary>
    public async Task<IReadOnlyList<ContentItem>> ListAsync() => await LatestAsync(ContentType);

    public async Task<ContentItem?> FindByNumberAsync(int number) =>
        (await ListAsync()).FirstOrDefault(e => NumberOf(e) == number);

    public async Task<ContentItem?> FindByIdAsync(string contentItemId) =>
        (await ListAsync()).FirstOrDefault(e => e.ContentItemId == contentItemId);

    /// <summary>The latest version of the edition's pages, ordered by path.</summary>
    public async Task<IReadOnlyList<ContentItem>> PagesOfAsync(ContentItem edition)
    {
        var pages = await LatestAsync("Page");
        var prefix = PathOf(edition) + "/";
        var under = pages.Where(p => PathOf(p).StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var own = under.Count > 0 || PathOf(edition).Length == 0 ? under : pages.Where(p => !IsUnderAYear(PathOf(p))).ToList();
        return own.OrderBy(PathOf, StringComparer.Ordinal).ToList();
    }

    /// <summary>The latest version of the Form whose RegistrationFormPart names the edition.</summary>
    public async Task<ContentItem?> RegistrationFormOfAsync(ContentItem edition) =>
        (await LatestAsync("Form")).FirstOrDefault(f =>
            JsonPaths.GetString(f.Content, "RegistrationFormPart", "EditionContentItemId") == edition.ContentItemId);

    /// <summary>Whether an item's path is taken by another item (published or latest), as the autoroute's own check reads it.</summary>
    public async Task<bool> IsPathTakenAsync(string path) =>
        await session.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM AutoroutePartIndex WHERE Path = @path AND (Published = 1 OR Latest = 1)", new { path }) > 0;

    public static int? NumberOf(ContentItem edition) =>
        JsonPaths.GetDecimal(edition.Content, "Edition", "Number", "Value") is { } number ? (int)number : null;

    public static string PathOf(ContentItem item) => (item.GetText("AutoroutePart", "Path") ?? "").Trim('/');

    /// <summary>The latest version of <paramref name="item"/>'s translations (its set's items in the site's other cultures).</summary>
    public async Task<IReadOnlyList<ContentItem>> TranslationsOfAsync(ContentItem item)
    {
        var cultures = await localized.GetCulturesAsync();
        var set = item.As<LocalizationPart>().LocalizationSet;
        var translations = new List<ContentItem>();
        foreach (var culture in cultures.SupportedCultures.Where(c => !cultures.IsDefault(c) && !string.IsNullOrEmpty(set)))
        {
            if (await localized.FindAsync(set!, culture, published: false) is { } translation)
            {
                translations.Add(translation);
            }
        }

        return translations;
    }

    public static DateTime? StartOf(ContentItem edition) => JsonPaths.GetDateTime(edition.Content, "Edition", "StartsAt", "Value");

    /// <summary>The year an edition is known by: its path when that is a year ("2022"), else the year it starts.</summary>
    public static int? YearOf(ContentItem edition) =>
        int.TryParse(PathOf(edition), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && PathOf(edition).Length == 4
            ? year
            : StartOf(edition)?.Year;

    private static bool IsUnderAYear(string path) =>
        path.Length > 4 && path[4] == '/' && path[..4].All(char.IsAsciiDigit);

    private async Task<IReadOnlyList<ContentItem>> LatestAsync(string contentType)
    {
        var ids = await session.QueryAsync<long>(
            "SELECT DocumentId FROM ContentItemIndex WHERE ContentType = @contentType AND Latest = 1 ORDER BY DocumentId", new { contentType });
        var cultures = await localized.GetCulturesAsync();
        return (await store.LoadManyAsync(ids)).Where(i => cultures.IsDefault(LocalizedContentQuery.CultureOf(i))).ToList();
    }
}
