namespace RencontresAict.Admin.Translations;

/// <summary>
/// One link of an item's editor to another language: its existing translation (or original) to open, or the page that
/// makes the translation (<see cref="Translates"/>). <see cref="Text"/> is a French admin text with the language's name.
/// </summary>
public sealed record TranslationLink(string Text, string LanguageName, string Url, bool Translates);
