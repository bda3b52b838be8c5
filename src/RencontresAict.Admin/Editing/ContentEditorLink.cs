namespace RencontresAict.Admin.Editing;

/// <summary>
/// A link a module adds to the editor of every item of one type, beside « Aperçu » and « Versions » — the Forms
/// module links a Form to its element editor. <see cref="UrlFormat"/> gets the item id as {0}; <see cref="Text"/> is French.
/// </summary>
public sealed record ContentEditorLink(string ContentType, string Text, string UrlFormat)
{
    public string UrlFor(string contentItemId) => string.Format(System.Globalization.CultureInfo.InvariantCulture, UrlFormat, Uri.EscapeDataString(contentItemId));
}
