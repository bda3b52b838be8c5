using System.Globalization;
using Microsoft.Extensions.Localization;

namespace RencontresAict.Content.Localization;

/// <summary>
/// <see cref="IStringLocalizer"/> over the PO catalog for the request's UI culture: <c>S["Accès refusé"]</c> is
/// "Access denied" for an English request and stays French otherwise. <see cref="Plural"/> picks the form for a count.
/// </summary>
public sealed class PoStringLocalizer(PoTranslationCatalog catalog, string? context) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var found = catalog.Find(CultureInfo.CurrentUICulture, context, name);
            return new LocalizedString(name, found?[0] ?? name, resourceNotFound: found is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    /// <summary>
    /// The form for <paramref name="count"/>, with the count as {0} (written as the culture writes numbers): French takes
    /// the singular for 0 and 1, English for 1 only (the PO entry's <c>msgid_plural</c>, <c>msgstr[0]</c> and <c>msgstr[1]</c>).
    /// <paramref name="none"/>, when given, is the text for 0 (« aucun contenu »), translated as any other text.
    /// </summary>
    public string Plural(int count, string singular, string plural, string? none = null)
    {
        if (count == 0 && none is not null)
        {
            return this[none].Value;
        }

        var culture = CultureInfo.CurrentUICulture;
        var found = catalog.Find(culture, context, singular);
        string form;
        if (found is null)
        {
            form = count <= 1 ? singular : plural;
        }
        else
        {
            var index = culture.TwoLetterISOLanguageName == "fr" ? (count <= 1 ? 0 : 1) : (count == 1 ? 0 : 1);
            form = found[Math.Min(index, found.Count - 1)];
        }

        return string.Format(CultureInfo.CurrentCulture, form, count.ToString("N0", CultureInfo.CurrentCulture));
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All(CultureInfo.CurrentUICulture).Select(t => new LocalizedString(t.Id, t.Translation));
}
