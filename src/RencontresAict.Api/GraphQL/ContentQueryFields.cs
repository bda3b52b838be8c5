using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using RencontresAict.Api.Queries;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.GraphQL;

/// <summary>The root query fields: a list per content type (where, orderBy, first, skip, status) and contentItem(contentItemId:).</summary>
public static class ContentQueryFields
{
    public static FieldType List(
        string name, ContentTypeDefinitionRecord type, IGraphType itemList, ContentTypeFilters filters, EnumerationGraphType status,
        IReadOnlyList<QueryableField> pickers, ApiOptions options) => new FieldType
        {
            Name = name,
            Description = $"{type.DisplayName}: {options.GraphQLDefaultNumberOfResults} items unless 'first' says otherwise, at most {options.GraphQLMaxNumberOfResults}.",
            ResolvedType = itemList,
            Arguments = new QueryArguments(
                new QueryArgument(filters.WhereInput) { Name = "where" },
                new QueryArgument(filters.OrderByInput) { Name = "orderBy" },
                new QueryArgument(typeof(IntGraphType)) { Name = "first" },
                new QueryArgument(typeof(IntGraphType)) { Name = "skip" },
                new QueryArgument(status) { Name = "status", DefaultValue = ContentStatus.Published }),
            Resolver = new FuncFieldResolver<object>(async ctx => await ListAsync(ctx, type, filters, pickers, options)),
        }.WithComplexityImpact(ctx => new FieldComplexityResult(1, PageSize(ctx.GetArgument<int?>("first", null), options)));

    public static FieldType Single(IInterfaceGraphType contentItem) => new()
    {
        Name = "contentItem",
        Description = "One published item by id, of any type the caller may read.",
        ResolvedType = contentItem,
        Arguments = new QueryArguments(new QueryArgument(typeof(NonNullGraphType<StringGraphType>)) { Name = "contentItemId" }),
        Resolver = new FuncFieldResolver<object>(async ctx =>
        {
            var graph = (ContentGraphContext)ctx.UserContext;
            var id = ctx.GetArgument<string>("contentItemId");
            return (await graph.GetVisibleItemsAsync([id])) is [var item] ? item : null;
        }),
    };

    /// <summary>What <c>first</c> really returns: the default when absent, never more than the maximum (also used for complexity).</summary>
    private static int PageSize(int? first, ApiOptions options) =>
        Math.Clamp(first ?? options.GraphQLDefaultNumberOfResults, 0, options.GraphQLMaxNumberOfResults);

    private static async Task<object?> ListAsync(
        IResolveFieldContext context, ContentTypeDefinitionRecord type, ContentTypeFilters filters, IReadOnlyList<QueryableField> pickers, ApiOptions options)
    {
        var graph = (ContentGraphContext)context.UserContext;
        var status = context.GetArgument("status", ContentStatus.Published);
        if (!graph.Caller.CanRead(type, publishedOnly: status == ContentStatus.Published))
        {
            throw new ExecutionError(status == ContentStatus.Published
                ? $"Not allowed to read '{type.Name}' items."
                : $"Reading '{type.Name}' items with status {status.ToString().ToUpperInvariant()} needs the PreviewContent permission.");
        }

        var query = new ContentQuery
        {
            ContentType = type.Name,
            Status = status,
            Skip = Math.Max(0, context.GetArgument<int?>("skip") ?? 0),
            Take = PageSize(context.GetArgument<int?>("first"), options),
        };
        try
        {
            filters.ApplyWhere(context.GetArgument<Dictionary<string, object?>>("where"), query);
            filters.ApplyOrderBy(context.GetArgument<Dictionary<string, object?>>("orderBy"), query);
        }
        catch (FormatException e)
        {
            throw new ExecutionError(e.Message);
        }

        var items = await graph.Queries.ListAsync(query);
        await graph.PrefetchAsync(items.SelectMany(item => pickers.SelectMany(p => JsonPaths.GetStrings(item.Content, p.Part, p.Field, "ContentItemIds"))));
        return items;
    }
}
