using GraphQL.Types;
using RencontresAict.Api.Queries;

namespace RencontresAict.Api.GraphQL;

/// <summary>
/// The <c>where</c> and <c>orderBy</c> inputs of one content type and what each key means. The grammar, on
/// SQL-indexed values only: <c>key</c> (equals; for pickers and taxonomies "has this id"), <c>key_contains</c>,
/// <c>key_starts_with</c> (texts), <c>key_gt</c>, <c>key_gte</c>, <c>key_lt</c>, <c>key_lte</c> (numbers, dates as
/// ISO-8601 strings). Keys are the item columns (contentItemId, displayText, createdUtc, modifiedUtc, publishedUtc,
/// owner, author) and the fields of the type-named part in camelCase. Conditions are ANDed.
/// </summary>
public sealed class ContentTypeFilters
{
    private static readonly (string Key, string Column)[] _itemColumns =
    [
        ("contentItemId", "ContentItemId"), ("displayText", "DisplayText"), ("createdUtc", "CreatedUtc"),
        ("modifiedUtc", "ModifiedUtc"), ("publishedUtc", "PublishedUtc"), ("owner", "Owner"), ("author", "Author"),
    ];

    private readonly Dictionary<string, (ContentQueryTarget Target, FilterOperator Operator)> _where = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentQueryTarget> _orders = new(StringComparer.Ordinal);

    public ContentTypeFilters(string typeName, IReadOnlyList<QueryableField> collapsedFields, EnumerationGraphType direction)
    {
        WhereInput = new InputObjectGraphType { Name = typeName + "WhereInput" };
        OrderByInput = new InputObjectGraphType { Name = typeName + "OrderByInput" };
        foreach (var (key, column) in _itemColumns)
        {
            var target = ContentQueryTarget.Item(column);
            AddWhere(key, target, column is "ContentItemId" or "Owner" or "Author" ? [FilterOperator.Equals] : Operators(target.IsDate ? "Date" : "Text", "TextField"));
            if (column is not ("ContentItemId" or "Owner" or "Author"))
            {
                AddOrder(key, target, direction);
            }
        }

        foreach (var field in collapsedFields)
        {
            var key = GraphQLNames.Field(field.Field);
            if (_where.ContainsKey(key))
            {
                continue;
            }

            AddWhere(key, field.Target, Operators(field.Column, field.FieldType));
            if (field.IsSortable)
            {
                AddOrder(key, field.Target, direction);
            }
        }
    }

    public InputObjectGraphType WhereInput { get; }

    public InputObjectGraphType OrderByInput { get; }

    /// <summary>Adds the filters of a parsed <c>where</c> argument; throws FormatException on a bad value.</summary>
    public void ApplyWhere(IDictionary<string, object?>? where, ContentQuery query)
    {
        foreach (var (key, value) in where ?? new Dictionary<string, object?>())
        {
            if (value is not null && _where.TryGetValue(key, out var filter))
            {
                query.Filters.Add(new(filter.Target, filter.Operator, FilterValueParser.Parse(filter.Target, value)));
            }
        }
    }

    public void ApplyOrderBy(IDictionary<string, object?>? orderBy, ContentQuery query)
    {
        foreach (var (key, value) in orderBy ?? new Dictionary<string, object?>())
        {
            if (value is not null && _orders.TryGetValue(key, out var target))
            {
                query.Orders.Add(new(target, value is string text ? text == "DESC" : Equals(value, true)));
            }
        }
    }

    private void AddWhere(string key, ContentQueryTarget target, IEnumerable<FilterOperator> operators)
    {
        foreach (var op in operators)
        {
            var name = key + Suffix(op);
            _where[name] = (target, op);
            WhereInput.AddField(new FieldType { Name = name, Type = InputType(target) });
        }
    }

    private void AddOrder(string key, ContentQueryTarget target, EnumerationGraphType direction)
    {
        _orders[key] = target;
        OrderByInput.AddField(new FieldType { Name = key, ResolvedType = direction });
    }

    private static Type InputType(ContentQueryTarget target) => target.Column switch
    {
        "Number" => typeof(DecimalGraphType),
        "Bool" => typeof(BooleanGraphType),
        _ => typeof(StringGraphType),
    };

    private static FilterOperator[] Operators(string column, string fieldType) => column switch
    {
        "Number" or "Date" => [FilterOperator.Equals, FilterOperator.GreaterThan, FilterOperator.GreaterThanOrEqual, FilterOperator.LessThan, FilterOperator.LessThanOrEqual],
        "Text" when fieldType is "TextField" => [FilterOperator.Equals, FilterOperator.Contains, FilterOperator.StartsWith],
        _ => [FilterOperator.Equals],
    };

    private static string Suffix(FilterOperator op) => op switch
    {
        FilterOperator.Contains => "_contains",
        FilterOperator.StartsWith => "_starts_with",
        FilterOperator.GreaterThan => "_gt",
        FilterOperator.GreaterThanOrEqual => "_gte",
        FilterOperator.LessThan => "_lt",
        FilterOperator.LessThanOrEqual => "_lte",
        _ => "",
    };
}
