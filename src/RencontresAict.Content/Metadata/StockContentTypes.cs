using System.Text.Json.Nodes;

namespace RencontresAict.Content.Metadata;

/// <summary>
/// The content types an Orchard module creates in its migration when its feature is enabled, which Orchard recipes
/// then use without defining them: <c>OrchardCore.Menu</c> gives Menu and its menu items, <c>OrchardCore.Taxonomies</c>
/// gives Taxonomy, <c>OrchardCore.Forms</c> the ValidationSummary widget, <c>OrchardCore.ReCaptcha</c> the ReCaptcha widget.
/// The Feature step adds those missing from the site; a type already defined is left as it is.
/// </summary>
public static class StockContentTypes
{
    private static readonly Dictionary<string, Func<List<ContentTypeDefinitionRecord>>> _byFeature = new(StringComparer.Ordinal)
    {
        ["OrchardCore.Menu"] = () =>
        [
            Type("Menu", "Menu", Settings(creatable: true, stereotype: null), "TitlePart", "AliasPart", "MenuPart", "MenuItemsListPart"),
            Type("LinkMenuItem", "Link Menu Item", Settings(creatable: false, stereotype: "MenuItem"), "LinkMenuItemPart"),
            Type("ContentMenuItem", "Content Menu Item", Settings(creatable: false, stereotype: "MenuItem"), "ContentMenuItemPart"),
            Type("HtmlMenuItem", "Html Menu Item", Settings(creatable: false, stereotype: "MenuItem"), "HtmlMenuItemPart"),
        ],
        ["OrchardCore.Taxonomies"] = () =>
        [
            Type("Taxonomy", "Taxonomy", Settings(creatable: true, stereotype: null), "TitlePart", "AliasPart", "AutoroutePart", "TaxonomyPart"),
        ],

        // Of the Forms module's widgets, the one Orchard's recipes place in a flow of their own types (coming soon);
        // a site defining its form widgets (the Rencontres recipe) keeps its definitions, merged over this one.
        ["OrchardCore.Forms"] = () =>
        [
            Type("ValidationSummary", "Validation Summary", Settings(creatable: false, stereotype: "Widget"), "ValidationSummaryPart"),
        ],
        ["OrchardCore.ReCaptcha"] = () =>
        [
            Type("ReCaptcha", "ReCaptcha", Settings(creatable: false, stereotype: "Widget"), "ReCaptchaPart"),
        ],
    };

    /// <summary>The names of the types the given features bring.</summary>
    public static IEnumerable<string> TypeNamesOf(IEnumerable<string> features) =>
        features.Where(_byFeature.ContainsKey).SelectMany(f => _byFeature[f]().Select(t => t.Name));

    /// <summary>Adds to <paramref name="document"/> the types of <paramref name="features"/> it lacks; true when it added any.</summary>
    public static bool AddMissing(ContentDefinitionDocument document, IEnumerable<string> features)
    {
        var added = false;
        foreach (var type in features.Where(_byFeature.ContainsKey).SelectMany(f => _byFeature[f]()))
        {
            if (!document.ContentTypeDefinitionRecords.Exists(t => t.Name == type.Name))
            {
                document.ContentTypeDefinitionRecords.Add(type);
                added = true;
            }
        }

        if (added && !document.ContentPartDefinitionRecords.Exists(p => p.Name == "ContentMenuItemPart"))
        {
            document.ContentPartDefinitionRecords.Add(new ContentPartDefinitionRecord
            {
                Name = "ContentMenuItemPart",
                ContentPartFieldDefinitionRecords =
                [
                    new() { FieldName = "ContentPickerField", Name = "SelectedContentItem",
                        Settings = new JsonObject { ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Content Item" } } },
                ],
            });
        }

        return added;
    }

    private static JsonObject Settings(bool creatable, string? stereotype)
    {
        var settings = new JsonObject { ["Creatable"] = creatable, ["Listable"] = creatable, ["Draftable"] = true };
        if (stereotype is not null)
        {
            settings["Stereotype"] = stereotype;
        }

        return new JsonObject { ["ContentTypeSettings"] = settings };
    }

    private static ContentTypeDefinitionRecord Type(string name, string displayName, JsonObject settings, params string[] parts) => new()
    {
        Name = name,
        DisplayName = displayName,
        Settings = settings,
        ContentTypePartDefinitionRecords = parts.Select((part, i) => new ContentTypePartDefinitionRecord
        {
            PartName = part,
            Name = part,
            Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        }).ToList(),
    };
}
