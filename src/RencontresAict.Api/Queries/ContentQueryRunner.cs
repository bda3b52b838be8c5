using System.Globalization;
using System.Text;
using Dapper;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Api.Queries;

/// <summary>
/// Runs <see cref="ContentQuery"/> against ContentItemIndex and ContentFieldIndex (never the JSON), then loads
/// the matching documents in order. Sorting on a field joins its row by (DocumentId, ContentPart, ContentField),
/// which <see cref="ContentQueryIndexMigration"/> indexes. Values are always parameters; names come from the definitions, never from input.
/// </summary>
public sealed class ContentQueryRunner(ContentItemStore store)
{
    public async Task<IReadOnlyList<ContentItem>> ListAsync(ContentQuery query)
    {
        var (sql, parameters) = Build(query);
        var ids = await store.Session.QueryAsync<long>(sql, parameters);
        return await store.LoadManyAsync(ids);
    }

    /// <summary>The versions of the given items that a caller sees: published ones, or the latest ones.</summary>
    public async Task<IReadOnlyList<ContentItem>> LoadItemsAsync(IReadOnlyCollection<string> contentItemIds, bool latest = false)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var ids = await store.Session.QueryAsync<long>(
            latest
                ? "SELECT DocumentId FROM ContentItemIndex WHERE ContentItemId IN @contentItemIds AND Latest = 1"
                : "SELECT DocumentId FROM ContentItemIndex WHERE ContentItemId IN @contentItemIds AND Published = 1",
            new { contentItemIds });
        var byId = (await store.LoadManyAsync(ids)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return contentItemIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>The document id of each item's first version: a small integer that never changes for the item.</summary>
    public async Task<IReadOnlyDictionary<string, long>> GetFirstDocumentIdsAsync(IReadOnlyCollection<string> contentItemIds)
    {
        if (contentItemIds.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        var rows = await store.Session.QueryAsync<(string ContentItemId, long DocumentId)>(
            "SELECT ContentItemId, MIN(DocumentId) FROM ContentItemIndex WHERE ContentItemId IN @contentItemIds GROUP BY ContentItemId",
            new { contentItemIds });
        return rows.ToDictionary(r => r.ContentItemId, r => r.DocumentId, StringComparer.Ordinal);
    }

    internal static (string Sql, DynamicParameters Parameters) Build(ContentQuery query)
    {
        var parameters = new DynamicParameters();
        parameters.Add("contentType", query.ContentType);
        var sql = new StringBuilder("SELECT i.DocumentId FROM ContentItemIndex i");
        var orderColumns = new List<string>();
        for (var n = 0; n < query.Orders.Count; n++)
        {
            var order = query.Orders[n];
            var direction = order.Descending ? " DESC" : " ASC";
            if (order.Target.Part is null)
            {
                orderColumns.Add("i." + order.Target.Column + direction);
                continue;
            }

            sql.Append(CultureInfo.InvariantCulture,
                $" LEFT JOIN ContentFieldIndex o{n} ON o{n}.DocumentId = i.DocumentId AND o{n}.ContentPart = @op{n} AND o{n}.ContentField = @of{n}");
            parameters.Add($"op{n}", order.Target.Part);
            parameters.Add($"of{n}", order.Target.Name);
            orderColumns.Add($"o{n}.{order.Target.Column}{direction}");
        }

        sql.Append(" WHERE i.ContentType = @contentType AND ").Append(query.Status switch
        {
            ContentStatus.Draft => "i.Latest = 1 AND i.Published = 0",
            ContentStatus.Latest => "i.Latest = 1",
            ContentStatus.All => "(i.Latest = 1 OR i.Published = 1)",
            _ => "i.Published = 1",
        });

        for (var n = 0; n < query.Filters.Count; n++)
        {
            var filter = query.Filters[n];
            var condition = Condition(filter.Operator, filter.Target.Part is null ? "i." + filter.Target.Column : $"f{n}." + filter.Target.Column, $"@v{n}");
            parameters.Add($"v{n}", ParameterValue(filter));
            if (filter.Target.Part is null)
            {
                sql.Append(" AND ").Append(condition);
            }
            else
            {
                // Uncorrelated: the planner reads the field's index once instead of once per item.
                sql.Append(CultureInfo.InvariantCulture,
                    $" AND i.DocumentId IN (SELECT f{n}.DocumentId FROM ContentFieldIndex f{n} WHERE f{n}.ContentPart = @fp{n} AND f{n}.ContentField = @ff{n} AND {condition})");
                parameters.Add($"fp{n}", filter.Target.Part);
                parameters.Add($"ff{n}", filter.Target.Name);
            }
        }

        orderColumns.Add("i.DocumentId");
        sql.Append(" ORDER BY ").AppendJoin(", ", orderColumns);
        if (query.Take is not null || query.Skip > 0)
        {
            sql.Append(" LIMIT @take OFFSET @skip");
            parameters.Add("take", query.Take ?? int.MaxValue);
            parameters.Add("skip", query.Skip);
        }

        return (sql.ToString(), parameters);
    }

    private static string Condition(FilterOperator op, string column, string parameter) => op switch
    {
        FilterOperator.Contains or FilterOperator.StartsWith => $"LOWER({column}) LIKE LOWER({parameter}) ESCAPE '\\'",
        FilterOperator.GreaterThan => $"{column} > {parameter}",
        FilterOperator.GreaterThanOrEqual => $"{column} >= {parameter}",
        FilterOperator.LessThan => $"{column} < {parameter}",
        FilterOperator.LessThanOrEqual => $"{column} <= {parameter}",
        _ => $"{column} = {parameter}",
    };

    private static object? ParameterValue(ContentFilter filter)
    {
        var value = filter.Value;
        if (filter.Operator is FilterOperator.Contains or FilterOperator.StartsWith)
        {
            var escaped = Convert.ToString(value, CultureInfo.InvariantCulture)!
                .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            return filter.Operator == FilterOperator.Contains ? $"%{escaped}%" : $"{escaped}%";
        }

        return value switch
        {
            DateTime date => ContentItemJsonConverter.FormatDate(date),
            bool flag => flag ? 1 : 0,
            _ => value,
        };
    }
}
