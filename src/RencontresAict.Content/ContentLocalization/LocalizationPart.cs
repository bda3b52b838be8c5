namespace RencontresAict.Content.ContentLocalization;

/// <summary>
/// Orchard's LocalizationPart: the item's culture (<c>fr-FR</c>, <c>en</c>) and its localization set, the id shared by
/// the item and its translations (<c>"LocalizationPart": {"LocalizationSet": "…", "Culture": "en"}</c>).
/// </summary>
public sealed class LocalizationPart
{
    public string? LocalizationSet { get; set; }

    public string? Culture { get; set; }
}
