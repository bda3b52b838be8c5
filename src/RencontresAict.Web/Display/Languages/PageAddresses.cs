namespace RencontresAict.Web.Display.Languages;

/// <summary>
/// The site's own pages in French and in English (<c>/intervenants</c> ↔ <c>/en/speakers</c>…), written once for the
/// routes, the navigation, the language switch and the hreflang alternates.
/// </summary>
public static class PageAddresses
{
    public static IReadOnlyList<(string Key, string French, string English)> Pages { get; } =
    [
        ("Home", "/", "/en/"),
        ("Programme", "/programme", "/en/programme"),
        ("Speakers", "/intervenants", "/en/speakers"),
        ("Partners", "/partenaires", "/en/partners"),
        ("PracticalInformation", "/infos-pratiques", "/en/practical-information"),
        ("Registration", "/inscription", "/en/registration"),
        ("Search", "/recherche", "/en/search"),
        ("Calendar", "/programme.ics", "/en/programme.ics"),
    ];

    public static string English(string key) => Pages.First(p => p.Key == key).English;

    /// <summary>The other language's address of a site page (<c>/en</c> is <c>/en/</c>), or null for any other path.</summary>
    public static (string French, string English)? Find(string path)
    {
        var normalized = path.Equals(PublicCultures.EnglishPrefix, StringComparison.OrdinalIgnoreCase) ? "/en/" : path;
        return Pages.FirstOrDefault(p => string.Equals(p.French, normalized, StringComparison.Ordinal)
            || string.Equals(p.English, normalized, StringComparison.OrdinalIgnoreCase)) is { Key: not null } page
            ? (page.French, page.English)
            : null;
    }

    /// <summary>The navigation's links in the visitor's language; French ones under the shown edition's base (<c>/2022</c>).</summary>
    public static Dictionary<string, object?> Links(bool english, string editionBase)
    {
        var links = Pages.ToDictionary(
            p => p.Key, p => (object?)(english ? p.English : p.Key is "Search" or "Calendar" ? p.French : editionBase + p.French), StringComparer.Ordinal);
        links["CurrentHome"] = english ? "/en/" : "/";
        return links;
    }
}
