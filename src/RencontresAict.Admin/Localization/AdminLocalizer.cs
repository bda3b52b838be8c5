using System.Globalization;
using RencontresAict.Content.Localization;

namespace RencontresAict.Admin.Localization;

/// <summary>
/// The admin's texts: written in French in the code (as Orchard writes <c>S["…"]</c> in English), translated by the
/// modules' PO files (<c>Localization/en.po</c>) for the request's UI culture. A text with no translation stays French.
/// </summary>
public sealed class AdminLocalizer(PoTranslationCatalog catalog)
{
    private readonly PoStringLocalizer _texts = new(catalog, null);

    public string this[string french] => _texts[french].Value;

    public string this[string french, params object?[] arguments] =>
        string.Format(CultureInfo.CurrentCulture, this[french], arguments);

    /// <summary>
    /// A count as the language writes it: <paramref name="none"/> for 0 (« aucun contenu »), else the PO entry's singular
    /// (« {0} contenu ») or plural (« {0} contenus ») form (<see cref="PoStringLocalizer.Plural"/>).
    /// </summary>
    public string Plural(int count, string singular, string plural, string? none = null) => _texts.Plural(count, singular, plural, none);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The <c>lang</c> attribute of admin pages.</summary>
    public static string Language => IsEnglish ? "en" : "fr";
}
