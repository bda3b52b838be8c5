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
    /// A count written as French writes it: <paramref name="none"/> for 0 (« aucun contenu »), <paramref name="one"/> for 1
    /// (« {0} contenu »), <paramref name="many"/> above (« {0} contenus »); each text is translated like any other.
    /// </summary>
    public string Count(int count, string none, string one, string many) =>
        count switch
        {
            0 => this[none],
            1 => this[one, count],
            _ => this[many, count.ToString("N0", CultureInfo.CurrentCulture)],
        };

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The <c>lang</c> attribute of admin pages.</summary>
    public static string Language => IsEnglish ? "en" : "fr";
}
