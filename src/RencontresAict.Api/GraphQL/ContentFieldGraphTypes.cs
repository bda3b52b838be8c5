using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Api.GraphQL;

/// <summary>
/// Orchard's field mapping (§4.2 of the reference): Text → String, Boolean → Boolean, Numeric → Decimal, Date and
/// DateTime → DateTime, Time → String, MultiText → [String]; ContentPicker, Taxonomy, Link, Media, Html and Markdown
/// fields become objects. The object types are built once per schema.
/// </summary>
public sealed class ContentFieldGraphTypes
{
    private readonly Dictionary<string, ObjectGraphType> _objects = [];

    public ContentFieldGraphTypes(IInterfaceGraphType contentItem)
    {
        var items = new ListGraphType(new NonNullGraphType(contentItem));
        _objects["ContentPickerField"] = Object("ContentPickerField",
            GraphFields.Of<ListGraphType<NonNullGraphType<StringGraphType>>>("contentItemIds", ctx => Ids(ctx.Source, "ContentItemIds")),
            GraphFields.OfAsync("contentItems", items, async ctx => await Graph(ctx).GetVisibleItemsAsync(Ids(ctx.Source, "ContentItemIds")),
                "The picked items; use inline fragments (... on Speaker) for their own fields."));
        _objects["TaxonomyField"] = Object("TaxonomyField",
            GraphFields.Of<StringGraphType>("taxonomyContentItemId", ctx => JsonPaths.GetString(ctx.Source as JsonNode, "TaxonomyContentItemId")),
            GraphFields.Of<ListGraphType<NonNullGraphType<StringGraphType>>>("termContentItemIds", ctx => Ids(ctx.Source, "TermContentItemIds")),
            GraphFields.OfAsync("termContentItems", items, async ctx => await TermsAsync(ctx)));
        _objects["LinkField"] = Object("LinkField",
            GraphFields.Of<StringGraphType>("url", ctx => JsonPaths.GetString(ctx.Source as JsonNode, "Url")),
            GraphFields.Of<StringGraphType>("text", ctx => JsonPaths.GetString(ctx.Source as JsonNode, "Text")),
            GraphFields.Of<StringGraphType>("target", ctx => JsonPaths.GetString(ctx.Source as JsonNode, "Target")));
        _objects["MediaField"] = Object("MediaField",
            GraphFields.Of<ListGraphType<NonNullGraphType<StringGraphType>>>("paths", ctx => Ids(ctx.Source, "Paths")),
            GraphFields.Of<ListGraphType<NonNullGraphType<StringGraphType>>>("urls", ctx => Ids(ctx.Source, "Paths").Select(p => "/media/" + p.TrimStart('/')).ToList()));
        _objects["HtmlField"] = Object("HtmlField", GraphFields.Of<StringGraphType>("html", ctx => JsonPaths.GetString(ctx.Source as JsonNode, "Html")));
        _objects["MarkdownField"] = Object("MarkdownField", GraphFields.Of<StringGraphType>("markdown", ctx => JsonPaths.GetString(ctx.Source as JsonNode, "Markdown")));
    }

    public IEnumerable<IGraphType> Types => _objects.Values;

    /// <summary>A field reading its JSON through <paramref name="json"/>; null when the field type has no mapping.</summary>
    public FieldType? Create(string name, string fieldType, Func<object?, JsonNode?> json, string? description)
    {
        FieldType Scalar<T>(Func<JsonNode?, object?> read) where T : IGraphType =>
            GraphFields.Of<T>(name, ctx => read(json(ctx.Source)), description);

        return fieldType switch
        {
            "TextField" => Scalar<StringGraphType>(v => JsonPaths.GetString(v, "Text")),
            "BooleanField" => Scalar<BooleanGraphType>(v => JsonPaths.GetBoolean(v, "Value")),
            "NumericField" => Scalar<DecimalGraphType>(v => JsonPaths.GetDecimal(v, "Value")),
            "DateTimeField" or "DateField" => Scalar<DateTimeGraphType>(v => JsonPaths.GetDateTime(v, "Value")),
            "TimeField" => Scalar<StringGraphType>(v => JsonPaths.GetString(v, "Value")),
            "MultiTextField" => Scalar<ListGraphType<NonNullGraphType<StringGraphType>>>(v => JsonPaths.GetStrings(v, "Values")),
            _ when _objects.TryGetValue(fieldType, out var type) => GraphFields.Of(name, type, ctx => json(ctx.Source) ?? new JsonObject(), description),
            _ => null,
        };
    }

    private static ObjectGraphType Object(string name, params FieldType[] fields)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var field in fields)
        {
            type.AddField(field);
        }

        return type;
    }

    private static ContentGraphContext Graph(IResolveFieldContext context) => (ContentGraphContext)context.UserContext;

    private static IReadOnlyList<string> Ids(object? source, string key) => JsonPaths.GetStrings(source as JsonNode, key);

    /// <summary>Terms live inside their taxonomy item (TaxonomyPart.Terms), as in Orchard.</summary>
    private static async Task<object?> TermsAsync(IResolveFieldContext context)
    {
        var ids = Ids(context.Source, "TermContentItemIds");
        if (ids.Count == 0 || JsonPaths.GetString(context.Source as JsonNode, "TaxonomyContentItemId") is not { } taxonomyId)
        {
            return Array.Empty<ContentItem>();
        }

        var taxonomy = (await Graph(context).GetVisibleItemsAsync([taxonomyId])) is [var found] ? found : null;
        var terms = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        Collect(JsonPaths.Get(taxonomy?.Content, "TaxonomyPart", "Terms") as JsonArray, terms);
        return ids.Where(terms.ContainsKey).Select(id => terms[id]).ToList();
    }

    private static void Collect(JsonArray? terms, Dictionary<string, ContentItem> found)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            var item = ContentItemJsonConverter.FromJson(term);
            found[item.ContentItemId] = item;
            Collect(term["Terms"] as JsonArray, found);
        }
    }
}
