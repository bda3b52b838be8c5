namespace RencontresAict.Content.Liquid;

/// <summary>
/// Every rule that turns something to display into theme template names (Views/{name}.liquid), most specific
/// first, with Orchard Core's naming: a shape alternate <c>Content_Summary__BlogPost</c> is the file
/// <c>Content-BlogPost.Summary.liquid</c>. The Detail display type has no suffix. This file is the only place
/// the lookup order is written; each rule has its test.
/// </summary>
public static class TemplateAlternates
{
    public const string Detail = "Detail";
    public const string Summary = "Summary";

    /// <summary>The display type of a widget in a flow or a zone (its parts and fields look up <c>X.Widget</c>).</summary>
    public const string Widget = "Widget";

    /// <summary>Rule 1: the page frame every page is rendered into.</summary>
    public const string Layout = "Layout";

    /// <summary>Rule 2: the page shown for an unknown URL (status 404).</summary>
    public const string NotFound = "NotFound";

    /// <summary>
    /// Rule 3: a content item — <c>Content-{Type}.{DisplayType}</c>, then <c>Content.{DisplayType}</c>.
    /// A display type other than Detail never falls back to the Detail templates.
    /// </summary>
    public static IReadOnlyList<string> ForContent(string contentType, string displayType = Detail) =>
        [$"Content-{contentType}{Suffix(displayType)}", $"Content{Suffix(displayType)}"];

    /// <summary>
    /// Rule 4: a part of an item — <c>{Type}-{PartName}.{DisplayType}</c> (the part as it is named on that type,
    /// e.g. <c>BlogPost-HtmlBodyPart</c> or a named part <c>BlogPost-Authors</c>), then <c>{PartType}.{DisplayType}</c>
    /// (<c>HtmlBodyPart</c>). A type-named part (the type's own fields) has only the first.
    /// </summary>
    public static IReadOnlyList<string> ForPart(string contentType, string partName, string partType, string displayType = Detail) =>
        partType == contentType
            ? [$"{contentType}-{partName}{Suffix(displayType)}"]
            : [$"{contentType}-{partName}{Suffix(displayType)}", $"{partType}{Suffix(displayType)}"];

    /// <summary>
    /// Rule 5: a field — <c>{FieldType}-{PartName}-{FieldName}.{DisplayType}</c> (e.g. <c>TextField-BlogPost-Subtitle</c>),
    /// then <c>{FieldType}.{DisplayType}</c>.
    /// </summary>
    public static IReadOnlyList<string> ForField(string partName, string fieldType, string fieldName, string displayType = Detail) =>
        [$"{fieldType}-{partName}-{fieldName}{Suffix(displayType)}", $"{fieldType}{Suffix(displayType)}"];

    /// <summary>Rule 6: a page of the site that is not one content item (a listing, a search page): its own name only.</summary>
    public static IReadOnlyList<string> ForView(string viewName) => [viewName];

    /// <summary>
    /// Rule 7: a widget (in a FlowPart or a zone; a form and its elements) — <c>Widget-{Type}</c> (<c>Widget-Input</c>,
    /// <c>Widget-Register</c>), as Orchard names widget shapes (<c>Widget__Register</c>); a widget with none falls back
    /// to rule 3 with the display type Widget.
    /// </summary>
    public static IReadOnlyList<string> ForWidget(string contentType) => [$"Widget-{contentType}"];

    private static string Suffix(string displayType) =>
        string.IsNullOrEmpty(displayType) || displayType == Detail ? "" : "." + displayType;
}
