namespace RencontresAict.Admin.Pages.Translations;

/// <summary>The items that lack a translation in one culture, for « Traductions manquantes ».</summary>
public sealed record MissingTranslations(string Culture, string LanguageName, IReadOnlyList<MissingTranslation> Items);
