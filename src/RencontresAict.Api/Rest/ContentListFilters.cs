using Microsoft.AspNetCore.Http;
using RencontresAict.Api.Queries;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.Rest;

/// <summary>
/// Query-string filters of GET /api/content: <c>Part.Field=value</c> (equality) or <c>Part.Field_op=value</c>
/// with op one of contains, starts_with, gt, gte, lt, lte; item columns without a part (<c>DisplayText_contains=x</c>).
/// </summary>
public static class ContentListFilters
{
    private static readonly HashSet<string> _reserved = new(StringComparer.OrdinalIgnoreCase) { "type", "skip", "take", "status", "orderBy" };

    /// <summary>Adds the filters; throws <see cref="FormatException"/> naming the parameter that is wrong.</summary>
    public static void Apply(IQueryCollection query, ContentTypeDefinitionRecord type, ContentDefinitionDocument definitions, ContentQuery target)
    {
        var fields = QueryableField.Of(type, definitions);
        foreach (var (key, values) in query)
        {
            if (_reserved.Contains(key))
            {
                continue;
            }

            var (name, op) = SplitOperator(key);
            var resolved = Resolve(name, fields) ?? throw new FormatException($"Unknown filter '{key}': use Part.Field or an item column ({string.Join(", ", ContentQueryTarget.ItemColumns)}).");
            target.Filters.Add(new(resolved, op, FilterValueParser.Parse(resolved, values.ToString())));
        }

        if (query["orderBy"].ToString() is { Length: > 0 } orderBy)
        {
            var descending = orderBy.StartsWith('-');
            var resolved = Resolve(orderBy.TrimStart('-'), fields.Where(f => f.IsSortable).ToList())
                ?? throw new FormatException($"Cannot order by '{orderBy}': use a sortable Part.Field or an item column, '-' first for descending.");
            target.Orders.Add(new(resolved, descending));
        }
    }

    private static ContentQueryTarget? Resolve(string name, IReadOnlyList<QueryableField> fields)
    {
        if (ContentQueryTarget.ItemColumns.Contains(name))
        {
            return ContentQueryTarget.Item(name);
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? null : fields.FirstOrDefault(f => f.Part == name[..dot] && f.Field == name[(dot + 1)..])?.Target;
    }

    internal static (string Name, FilterOperator Operator) SplitOperator(string key)
    {
        foreach (var (suffix, op) in Suffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (key[..^suffix.Length], op);
            }
        }

        return (key, FilterOperator.Equals);
    }

    internal static IReadOnlyList<(string Suffix, FilterOperator Operator)> Suffixes { get; } =
    [
        ("_contains", FilterOperator.Contains), ("_starts_with", FilterOperator.StartsWith), ("_gte", FilterOperator.GreaterThanOrEqual),
        ("_gt", FilterOperator.GreaterThan), ("_lte", FilterOperator.LessThanOrEqual), ("_lt", FilterOperator.LessThan),
    ];
}
