using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Settings;

namespace RencontresAict.Web.Display.Languages;

/// <summary>
/// The language facts of the page being rendered: its language, its address in French and in English (the language
/// switch and the hreflang alternates), and whether an English address shows a French item that has no translation
/// yet. A site page's counterpart comes from <see cref="PageAddresses"/>; a content item's from its localization set.
/// </summary>
public sealed class PageLanguage(LocalizedContentQuery localized, SiteBaseUrl site)
{
    private (string? French, string? English)? _content;

    /// <summary>True when an English address shows a French item (no English item is published in its set).</summary>
    public bool ShowsUntranslated { get; private set; }

    /// <summary>Records the item a content page shows, to name its counterpart.</summary>
    public async Task ShowItemAsync(ContentItem item)
    {
        var cultures = await localized.GetCulturesAsync();
        var itemIsDefault = cultures.IsDefault(LocalizedContentQuery.CultureOf(item));
        var path = Path(item);
        if (itemIsDefault)
        {
            var english = cultures.Serves("en") ? await localized.FindCounterpartAsync(item, "en") : null;
            ShowsUntranslated = VisitorDates.IsEnglish && english is null;
            _content = (path, english is null ? (path is null ? null : PublicCultures.EnglishPrefix + path) : Path(english));
        }
        else
        {
            var french = await localized.FindCounterpartAsync(item, cultures.DefaultCulture);
            _content = (french is null ? null : Path(french), path);
        }
    }

    /// <summary>The layout's <c>Lang</c>, <c>Alternates</c> (Fr, En, Default: absolute URLs or null) and <c>TranslationMissing</c>.</summary>
    public async Task AddGlobalsAsync(Dictionary<string, object?> globals, string requestPath)
    {
        var (french, english) = PageAddresses.Find(requestPath) ?? _content ?? (VisitorDates.IsEnglish ? (null, requestPath) : (requestPath, null));
        var baseUrl = await site.GetAsync();
        string? Absolute(string? path) => path is null ? null : baseUrl + path;
        globals["Lang"] = VisitorDates.IsEnglish ? "en" : "fr";
        globals["TranslationMissing"] = ShowsUntranslated;
        globals["Alternates"] = new Dictionary<string, object?>
        {
            ["Fr"] = Absolute(french),
            ["En"] = Absolute(english),
            ["Default"] = Absolute(french ?? english),
            ["FrPath"] = french,
            ["EnPath"] = english,
        };
    }

    private static string? Path(ContentItem item) =>
        item.GetText("AutoroutePart", "Path")?.Trim('/') is { Length: > 0 } path ? "/" + path : null;
}
