namespace RencontresAict.Content.ContentLocalization;

/// <summary>A translation that cannot be made (a translation of a translation, a culture already present): a French message for the staff.</summary>
public sealed class ContentLocalizationException(string message) : Exception(message);
