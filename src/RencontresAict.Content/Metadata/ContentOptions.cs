namespace RencontresAict.Content.Metadata;

/// <summary>
/// The part and field types the site knows. Modules add theirs (the Forms module adds FormPart, InputPart, …),
/// and a definition naming anything else is refused.
/// </summary>
public sealed class ContentOptions
{
    public HashSet<string> PartTypes { get; } = new(StringComparer.Ordinal)
    {
        "TitlePart", "AutoroutePart", "HtmlBodyPart", "MarkdownBodyPart", "ListPart", "ContainedPart", "LocalizationPart",
        "TaxonomyPart", "TermPart", "FlowPart", "BagPart", "AliasPart", "CommonPart", "FlowMetadata",
        "MenuPart", "MenuItemsListPart", "LinkMenuItemPart", "ContentMenuItemPart", "HtmlMenuItemPart",
    };

    public HashSet<string> FieldTypes { get; } = new(StringComparer.Ordinal)
    {
        "TextField", "HtmlField", "MarkdownField", "BooleanField", "NumericField", "DateField", "DateTimeField",
        "TimeField", "LinkField", "ContentPickerField", "MediaField", "TaxonomyField", "MultiTextField",
    };
}
