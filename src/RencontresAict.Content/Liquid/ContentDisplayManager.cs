using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Fluid;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Renders content items and views with the theme's templates, as Orchard's display manager does for Liquid:
/// the item template gets <c>Model.ContentItem</c>, <c>Model.DisplayType</c> and <c>Model.Content</c>, the HTML of
/// each part and field that has a template (keys <c>HtmlBodyPart</c>, <c>BlogPost-Subtitle</c>), in type order, also
/// listed in <c>Model.Shapes</c>. Output is HTML-encoded; templates use <c>raw</c> for already-safe HTML.
/// </summary>
public sealed class ContentDisplayManager(
    ThemeTemplateStore templates,
    LiquidTemplateManager liquid,
    ContentDefinitionManager definitions,
    IServiceProvider services)
{
    /// <summary>Encodes what HTML needs (&lt; &gt; &amp; quotes) and leaves French letters as they are.</summary>
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The item through <c>Content-{Type}</c> alternates, or null when the theme has no template for it.</summary>
    public async Task<string?> RenderContentAsync(
        ContentItem item, string displayType, IReadOnlyDictionary<string, object?>? extra = null, IReadOnlyDictionary<string, object?>? globals = null)
    {
        if (templates.FindFirst(TemplateAlternates.ForContent(item.ContentType, displayType)) is not { } found)
        {
            return null;
        }

        var (zone, shapes) = await BuildShapesAsync(item, displayType, globals);
        var model = new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            ["ContentItem"] = item,
            ["DisplayType"] = displayType,
            ["Content"] = zone,
            ["Shapes"] = shapes,
        };
        return await RenderAsync(found.Template, model, item, globals);
    }

    /// <summary>A named view (Layout, Programme, NotFound, …), or null when the theme lacks it.</summary>
    public async Task<string?> RenderViewAsync(string name, object model, IReadOnlyDictionary<string, object?>? globals = null) =>
        templates.FindFirst(TemplateAlternates.ForView(name)) is { } found
            ? await RenderAsync(found.Template, model, null, globals)
            : null;

    private async Task<(Dictionary<string, object?> Zone, List<string> Shapes)> BuildShapesAsync(
        ContentItem item, string displayType, IReadOnlyDictionary<string, object?>? globals)
    {
        var zone = new Dictionary<string, object?>(StringComparer.Ordinal);
        var shapes = new List<string>();
        var all = await definitions.LoadAsync();
        var type = all.ContentTypeDefinitionRecords.Find(t => t.Name == item.ContentType);
        foreach (var typePart in type?.ContentTypePartDefinitionRecords ?? [])
        {
            var part = item.GetPart(typePart.Name);
            if (part is null)
            {
                continue;
            }

            if (templates.FindFirst(TemplateAlternates.ForPart(item.ContentType, typePart.Name, typePart.PartName, displayType)) is { } partTemplate)
            {
                var model = PropertiesOf(part);
                model["ContentItem"] = item;
                model["Part"] = part;
                model["PartName"] = typePart.Name;
                model["DisplayType"] = displayType;
                Add(typePart.Name, await RenderAsync(partTemplate.Template, model, item, globals));
            }

            var fields = all.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [];
            foreach (var field in fields)
            {
                if (templates.FindFirst(TemplateAlternates.ForField(typePart.Name, field.FieldName, field.Name, displayType)) is { } fieldTemplate)
                {
                    var model = new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["ContentItem"] = item, ["Part"] = part, ["Field"] = part[field.Name], ["PartName"] = typePart.Name,
                        ["FieldName"] = field.Name, ["DisplayType"] = displayType,
                    };
                    Add($"{typePart.Name}-{field.Name}", await RenderAsync(fieldTemplate.Template, model, item, globals));
                }
            }
        }

        return (zone, shapes);

        void Add(string key, string html)
        {
            zone[key] = html;
            shapes.Add(html);
        }
    }

    private async Task<string> RenderAsync(IFluidTemplate template, object model, ContentItem? item, IReadOnlyDictionary<string, object?>? globals)
    {
        var context = liquid.CreateContext(services, model);
        foreach (var (name, value) in globals ?? new Dictionary<string, object?>())
        {
            context.SetValue(name, value);
        }

        context.SetValue("Model", model);
        if (item is not null)
        {
            context.SetValue("ContentItem", item);
        }

        return await template.RenderAsync(context, _encoder);
    }

    /// <summary>A part's own properties at the top of its model, as Orchard's part view models (<c>Model.Html</c>).</summary>
    private static Dictionary<string, object?> PropertiesOf(JsonObject part) =>
        part.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
}
