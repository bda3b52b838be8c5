using GraphQL.Types;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Api.GraphQL;

/// <summary>The fields every content item has in GraphQL, on the ContentItem interface and on each type.</summary>
public static class ContentItemFields
{
    public static IEnumerable<FieldType> Create()
    {
        yield return GraphFields.Of<NonNullGraphType<StringGraphType>>("contentItemId", ctx => Item(ctx.Source).ContentItemId);
        yield return GraphFields.Of<StringGraphType>("contentItemVersionId", ctx => Item(ctx.Source).ContentItemVersionId);
        yield return GraphFields.Of<NonNullGraphType<StringGraphType>>("contentType", ctx => Item(ctx.Source).ContentType);
        yield return GraphFields.Of<StringGraphType>("displayText", ctx => Item(ctx.Source).DisplayText);
        yield return GraphFields.Of<NonNullGraphType<BooleanGraphType>>("published", ctx => Item(ctx.Source).Published);
        yield return GraphFields.Of<NonNullGraphType<BooleanGraphType>>("latest", ctx => Item(ctx.Source).Latest);
        yield return GraphFields.Of<DateTimeGraphType>("modifiedUtc", ctx => Item(ctx.Source).ModifiedUtc);
        yield return GraphFields.Of<DateTimeGraphType>("publishedUtc", ctx => Item(ctx.Source).PublishedUtc);
        yield return GraphFields.Of<DateTimeGraphType>("createdUtc", ctx => Item(ctx.Source).CreatedUtc);
        yield return GraphFields.Of<StringGraphType>("owner", ctx => Item(ctx.Source).Owner);
        yield return GraphFields.Of<StringGraphType>("author", ctx => Item(ctx.Source).Author);
    }

    public static IReadOnlySet<string> Names { get; } = Create().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    private static ContentItem Item(object? source) => (ContentItem)source!;
}
