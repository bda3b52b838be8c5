using System.Globalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.ContentLocalization;

/// <summary>
/// Reads localization sets through LocalizedContentItemIndex: the item of a set in a culture, the counterpart of an
/// item, what a visitor of a culture sees instead of a list of default-culture items, and the items lacking a translation.
/// </summary>
public sealed class LocalizedContentQuery(ContentItemStore store, SiteSettingsService settings)
{
    private SiteCultures? _cultures;

    public async Task<SiteCultures> GetCulturesAsync() => _cultures ??= await SiteCultures.ReadAsync(settings);

    /// <summary>The site culture the thread's UI culture names (<c>en-GB</c> → <c>en</c>), else the default culture.</summary>
    public async Task<string> GetCurrentCultureAsync()
    {
        var cultures = await GetCulturesAsync();
        for (var culture = CultureInfo.CurrentUICulture; !string.IsNullOrEmpty(culture.Name); culture = culture.Parent)
        {
            if (cultures.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture.Name, StringComparison.OrdinalIgnoreCase)) is { } served)
            {
                return served;
            }
        }

        return cultures.DefaultCulture;
    }

    /// <summary>The item of <paramref name="set"/> in <paramref name="culture"/>: published, or the latest version when asked.</summary>
    public async Task<ContentItem?> FindAsync(string set, string culture, bool published = true)
    {
        var id = await store.Session.QueryFirstOrDefaultAsync<long?>(
            published
                ? "SELECT DocumentId FROM LocalizedContentItemIndex WHERE LocalizationSet = @set AND Culture = @culture AND Published = 1"
                : "SELECT DocumentId FROM LocalizedContentItemIndex WHERE LocalizationSet = @set AND Culture = @culture AND Latest = 1",
            new { set, culture });
        return id is null ? null : await store.LoadAsync(id.Value);
    }

    /// <summary>The published item of <paramref name="item"/>'s set in <paramref name="culture"/>, or null.</summary>
    public async Task<ContentItem?> FindCounterpartAsync(ContentItem item, string culture)
    {
        var part = item.As<LocalizationPart>();
        if (string.IsNullOrEmpty(part.LocalizationSet))
        {
            return null;
        }

        return string.Equals(part.Culture, culture, StringComparison.OrdinalIgnoreCase) ? item : await FindAsync(part.LocalizationSet, culture);
    }

    /// <summary>
    /// The display text of each published item of <paramref name="item"/>'s set, by culture, read from the indexes in one
    /// query (no item is loaded); only the item's own when it has no set.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> GetPublishedTitlesAsync(ContentItem item)
    {
        var part = item.As<LocalizationPart>();
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(part.LocalizationSet))
        {
            return titles;
        }

        var rows = await store.Session.QueryAsync<(string Culture, string? DisplayText)>(
            """
            SELECT l.Culture, c.DisplayText FROM LocalizedContentItemIndex l JOIN ContentItemIndex c ON c.DocumentId = l.DocumentId
            WHERE l.LocalizationSet = @set AND l.Published = 1
            """,
            new { set = part.LocalizationSet });
        foreach (var (culture, title) in rows)
        {
            if (!string.IsNullOrEmpty(culture) && !string.IsNullOrEmpty(title))
            {
                titles[culture] = title;
            }
        }

        if (!string.IsNullOrEmpty(part.Culture) && !string.IsNullOrEmpty(item.DisplayText))
        {
            titles[part.Culture] = item.DisplayText;
        }

        return titles;
    }

    /// <summary>
    /// The id that other items' pickers name for <paramref name="item"/>'s set: the default-culture item's (translations
    /// are copies whose pickers keep naming default-culture items), or the item's own when it is one or has no set.
    /// </summary>
    public async Task<string> DefaultCultureIdAsync(ContentItem item)
    {
        var cultures = await GetCulturesAsync();
        var part = item.As<LocalizationPart>();
        if (cultures.IsDefault(part.Culture) || string.IsNullOrEmpty(part.LocalizationSet))
        {
            return item.ContentItemId;
        }

        return await store.Session.QueryFirstOrDefaultAsync<string?>(
            "SELECT ContentItemId FROM LocalizedContentItemIndex WHERE LocalizationSet = @set AND Culture = @culture AND (Published = 1 OR Latest = 1)",
            new { set = part.LocalizationSet, culture = cultures.DefaultCulture }) ?? item.ContentItemId;
    }

    /// <summary>
    /// What the current culture's visitor sees of <paramref name="items"/>: translations are left out of a list (their
    /// default-culture item stands for the set), then each item is replaced by its translation when one is published.
    /// </summary>
    public async Task<IReadOnlyList<ContentItem>> ForCurrentCultureAsync(IEnumerable<ContentItem> items)
    {
        var cultures = await GetCulturesAsync();
        var culture = await GetCurrentCultureAsync();
        var shown = new List<ContentItem>();
        foreach (var item in items.Where(i => cultures.IsDefault(CultureOf(i))))
        {
            shown.Add(cultures.IsDefault(culture) ? item : await FindCounterpartAsync(item, culture) ?? item);
        }

        return shown;
    }

    /// <summary>One item as the current culture's visitor sees it (its translation when published, else itself).</summary>
    public async Task<ContentItem> ForCurrentCultureAsync(ContentItem item) => (await ForCurrentCultureAsync([item])) is [var shown] ? shown : item;

    /// <summary>The latest default-culture items (with a LocalizationPart) that have no item in <paramref name="culture"/>.</summary>
    public async Task<IReadOnlyList<(string ContentItemId, string ContentType, string? DisplayText)>> ListUntranslatedAsync(string culture)
    {
        var cultures = await GetCulturesAsync();
        var rows = await store.Session.QueryAsync<(string ContentItemId, string ContentType, string? DisplayText)>(
            """
            SELECT l.ContentItemId, l.ContentType, c.DisplayText FROM LocalizedContentItemIndex l
            JOIN ContentItemIndex c ON c.DocumentId = l.DocumentId
            WHERE l.Latest = 1 AND l.Culture = @defaultCulture
              AND NOT EXISTS (SELECT 1 FROM LocalizedContentItemIndex t WHERE t.LocalizationSet = l.LocalizationSet AND t.Culture = @culture AND t.Latest = 1)
            ORDER BY l.ContentType, c.DisplayText
            """,
            new { defaultCulture = cultures.DefaultCulture, culture });
        return rows.ToList();
    }

    public static string? CultureOf(ContentItem item) => item.GetPart(nameof(LocalizationPart))?["Culture"]?.GetValue<string>();
}
