using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Flows;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Renders content items and views with the site's templates (stored ones first, then the theme's), as Orchard's
/// display manager does for Liquid: the item template gets <c>Model.ContentItem</c>, <c>Model.DisplayType</c> and
/// <c>Model.Content</c>, the HTML of each part and field that has a template (keys <c>HtmlBodyPart</c>,
/// <c>BlogPost-Subtitle</c>), in type order, also listed in <c>Model.Shapes</c>. A FlowPart or BagPart part template
/// also gets <c>Model.Items</c>, its children rendered in order (<see cref="ContainedItemsDisplay"/>). Output is
/// HTML-encoded; templates use <c>raw</c> for already-safe HTML. Modules wrap an item's HTML
/// (<see cref="IContentDisplayWrapper"/>: a form around an item with a FormPart) or render some widgets themselves
/// (<see cref="IWidgetDisplayProvider"/>: the form elements).
/// </summary>
public sealed class ContentDisplayManager(
    TemplateResolver templates,
    LiquidTemplateManager liquid,
    ContentDefinitionManager definitions,
    IServiceProvider services)
{
    /// <summary>Encodes what HTML needs (&lt; &gt; &amp; quotes) and leaves French letters as they are.</summary>
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The item through <c>Content-{Type}</c> alternates, or null when the site has no template for it.</summary>
    public async Task<string?> RenderContentAsync(
        ContentItem item, string displayType, IReadOnlyDictionary<string, object?>? extra = null, IReadOnlyDictionary<string, object?>? globals = null)
    {
        var html = await RenderThroughAsync(TemplateAlternates.ForContent(item.ContentType, displayType), item, displayType, extra, globals);
        if (html is null)
        {
            return null;
        }

        foreach (var wrapper in services.GetServices<IContentDisplayWrapper>())
        {
            html = await wrapper.WrapAsync(item, displayType, html);
        }

        return html;
    }

    /// <summary>
    /// A widget (in a flow or a zone): a module's own rendering, else <c>Widget-{Type}</c> (Orchard's <c>Widget__{Type}</c>),
    /// <c>Content-{Type}.Widget</c>, <c>Content.Widget</c>, with <c>Model.Classes</c>; empty when none applies.
    /// </summary>
    public async Task<string> RenderWidgetAsync(
        ContentItem widget, ContentItem? container, IReadOnlyList<string> classes, IReadOnlyDictionary<string, object?>? globals = null)
    {
        foreach (var provider in services.GetServices<IWidgetDisplayProvider>())
        {
            if (await provider.RenderAsync(widget, container) is { } own)
            {
                return own;
            }
        }

        var extra = new Dictionary<string, object?> { ["Classes"] = classes.ToList(), ["Container"] = container };
        var names = TemplateAlternates.ForWidget(widget.ContentType).Concat(TemplateAlternates.ForContent(widget.ContentType, TemplateAlternates.Widget));
        return await RenderThroughAsync(names, widget, TemplateAlternates.Widget, extra, globals) ?? "";
    }

    /// <summary>A named view (Layout, Programme, NotFound, …), or null when the site lacks it.</summary>
    public async Task<string?> RenderViewAsync(string name, object model, IReadOnlyDictionary<string, object?>? globals = null) =>
        await templates.FindFirstAsync(TemplateAlternates.ForView(name)) is { } found
            ? await RenderAsync(found.Template, model, null, globals)
            : null;

    /// <summary>The template's stereotype of a type (<c>Widget</c>, <c>MenuItem</c>…), or null.</summary>
    public async Task<string?> StereotypeOfAsync(string contentType) =>
        JsonPaths.GetString((await definitions.GetTypeDefinitionAsync(contentType))?.Settings, "ContentTypeSettings", "Stereotype");

    private async Task<string?> RenderThroughAsync(
        IEnumerable<string> names, ContentItem item, string displayType, IReadOnlyDictionary<string, object?>? extra, IReadOnlyDictionary<string, object?>? globals)
    {
        if (await templates.FindFirstAsync(names) is not { } found)
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

    private async Task<(Dictionary<string, object?> Zone, List<string> Shapes)> BuildShapesAsync(
        ContentItem item, string displayType, IReadOnlyDictionary<string, object?>? globals)
    {
        var zone = new Dictionary<string, object?>(StringComparer.Ordinal);
        var shapes = new List<string>();
        var all = await definitions.LoadAsync();
        var type = all.ContentTypeDefinitionRecords.Find(t => t.Name == item.ContentType);
        foreach (var typePart in type?.ContentTypePartDefinitionRecords ?? [])
        {
            if (item.GetPart(typePart.Name) is not { } part)
            {
                continue;
            }

            if (await templates.FindFirstAsync(TemplateAlternates.ForPart(item.ContentType, typePart.Name, typePart.PartName, displayType)) is { } partTemplate)
            {
                var model = part.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
                model["ContentItem"] = item;
                model["Part"] = part;
                model["PartName"] = typePart.Name;
                model["DisplayType"] = displayType;
                if (ContainedItemsDisplay.IsContainer(typePart.PartName))
                {
                    model["Items"] = await ContainedItemsDisplay.RenderAsync(this, item, typePart, globals);
                }

                Add(typePart.Name, await RenderAsync(partTemplate.Template, model, item, globals));
            }

            var fields = all.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [];
            foreach (var field in fields)
            {
                if (await templates.FindFirstAsync(TemplateAlternates.ForField(typePart.Name, field.FieldName, field.Name, displayType)) is { } fieldTemplate)
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

        context.AmbientValues[GlobalsKey] = globals;
        return await template.RenderAsync(context, _encoder);
    }

    /// <summary>Where a render keeps its globals, so a shape rendered from Liquid (<c>shape_render</c>) sees the same.</summary>
    public const string GlobalsKey = "RencontresAict.Globals";
}
