namespace RencontresAict.Admin.Pages.Translations;

/// <summary>One item without a translation: its id, type (name and display name) and title.</summary>
public sealed record MissingTranslation(string ContentItemId, string ContentType, string TypeDisplayName, string Title);
