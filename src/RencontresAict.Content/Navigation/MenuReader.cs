using System.Text.Json.Nodes;
using Ganss.Xss;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Navigation;

/// <summary>
/// Reads a published Menu item (Orchard's MenuPart + MenuItemsListPart) found by its AliasPart alias, as the links a
/// layout shows: each entry is <c>{Text, Url, Html}</c> from a LinkMenuItem (<c>~/about</c> becomes <c>/about</c>),
/// a ContentMenuItem (the picked item's path) or an HtmlMenuItem (its HTML, sanitized: the sanitizer is built for the
/// first such item, not for every page's menu). Nested items are not shown.
/// A menu with a LocalizationPart is shown in the visitor's culture: its published translation in its localization set,
/// or none (null) when the visitor's culture has no translation, so a layout falls back to its own links rather than
/// showing another language's; a menu without one is shown in every culture.
/// </summary>
public sealed class MenuReader(ContentItemStore store, ContentManager content, Lazy<IHtmlSanitizer> sanitizer, LocalizedContentQuery localized)
{
    /// <summary>The menu's entries, or null when no published menu has that alias.</summary>
    public async Task<IReadOnlyList<Dictionary<string, object?>>?> ReadAsync(string alias)
    {
        var ids = await store.Session.QueryAsync<long>("SELECT DocumentId FROM ContentItemIndex WHERE ContentType = 'Menu' AND Published = 1");
        // Two menus with one alias (a recipe imported over a site that had one): the one stored last wins.
        var named = (await store.LoadManyAsync(ids)).OrderByDescending(m => m.Id).FirstOrDefault(m => m.GetText("AliasPart", "Alias") == alias);
        if (named is null || await InCurrentCultureAsync(named) is not { } menu)
        {
            return null;
        }

        var entries = new List<Dictionary<string, object?>>();
        foreach (var entry in (menu.GetPart("MenuItemsListPart")?["MenuItems"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (await ToLinkAsync(entry) is { } link)
            {
                entries.Add(link);
            }
        }

        return entries;
    }

    private async Task<ContentItem?> InCurrentCultureAsync(ContentItem menu)
    {
        var culture = LocalizedContentQuery.CultureOf(menu);
        var current = await localized.GetCurrentCultureAsync();
        if (string.IsNullOrEmpty(culture) || string.Equals(culture, current, StringComparison.OrdinalIgnoreCase))
        {
            return menu;
        }

        return await localized.FindCounterpartAsync(menu, current);
    }

    private async Task<Dictionary<string, object?>?> ToLinkAsync(JsonObject entry)
    {
        var type = JsonPaths.GetString(entry, "ContentType");
        var part = entry[type + "Part"] as JsonObject;
        var text = JsonPaths.GetString(part, "Name") ?? JsonPaths.GetString(entry, "DisplayText") ?? "";
        string? url = type switch
        {
            "LinkMenuItem" => LocalUrl(JsonPaths.GetString(part, "Url")),
            "HtmlMenuItem" => LocalUrl(JsonPaths.GetString(part, "Url")),
            "ContentMenuItem" => JsonPaths.GetStrings(part, "SelectedContentItem", "ContentItemIds") is [var id, ..]
                && await content.GetAsync(id) is { } picked && picked.GetText("AutoroutePart", "Path") is { } path
                    ? "/" + path.Trim('/')
                    : null,
            _ => null,
        };
        var html = type == "HtmlMenuItem" && JsonPaths.GetString(part, "Html") is { } raw ? sanitizer.Value.Sanitize(raw) : null;
        return url is null && html is null ? null : new(StringComparer.Ordinal) { ["Text"] = text, ["Url"] = url, ["Html"] = html };
    }

    /// <summary>Orchard's app-relative <c>~/x</c> as <c>/x</c>; other URLs as written, except script URLs.</summary>
    private static string? LocalUrl(string? url) => url switch
    {
        null or "" => null,
        _ when url.StartsWith("~/", StringComparison.Ordinal) => "/" + url[2..],
        _ when url.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) => null,
        _ => url,
    };
}
