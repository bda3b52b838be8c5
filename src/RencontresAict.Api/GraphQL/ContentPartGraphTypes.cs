using System.Text.Json.Nodes;
using GraphQL.Types;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Api.GraphQL;

/// <summary>Graph types of Orchard's built-in parts (titlePart { title }, autoroutePart { path }, …), built once per schema.</summary>
public sealed class ContentPartGraphTypes
{
    private readonly Dictionary<string, ObjectGraphType> _parts = [];

    public ContentPartGraphTypes()
    {
        Add("TitlePart", Text("title", "Title"));
        Add("AutoroutePart", Text("path", "Path"));
        Add("HtmlBodyPart", Text("html", "Html"));
        Add("MarkdownBodyPart", Text("markdown", "Markdown"));
        Add("AliasPart", Text("alias", "Alias"));
        Add("ContainedPart", Text("listContentItemId", "ListContentItemId"),
            GraphFields.Of<DecimalGraphType>("order", ctx => JsonPaths.GetDecimal(ctx.Source as JsonNode, "Order")));
        Add("TermPart", Text("taxonomyContentItemId", "TaxonomyContentItemId"));
        Add("TaxonomyPart", Text("termContentType", "TermContentType"));
    }

    public IEnumerable<IGraphType> Types => _parts.Values;

    public ObjectGraphType? Find(string partName) => _parts.GetValueOrDefault(partName);

    private void Add(string name, params FieldType[] fields)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var field in fields)
        {
            type.AddField(field);
        }

        _parts[name] = type;
    }

    private static FieldType Text(string name, string key) => GraphFields.Of<StringGraphType>(name, ctx => JsonPaths.GetString(ctx.Source as JsonNode, key));
}
