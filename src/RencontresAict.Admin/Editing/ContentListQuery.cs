using Dapper;
using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Editing;

/// <summary>The rows of a content list, from ContentItemIndex (and ContentFieldIndex for the edition), never from JSON.</summary>
public sealed class ContentListQuery(DocumentSession session)
{
    /// <summary>A page of items of <paramref name="contentType"/>; with <paramref name="ownerId"/>, only that user's own items.</summary>
    public async Task<(IReadOnlyList<ContentListRow> Rows, int Total)> RunAsync(string contentType, ContentListFilter filter, string? ownerId)
    {
        var where = "i.ContentType = @contentType AND i.Latest = 1";
        var parameters = new DynamicParameters(new { contentType });
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            where += " AND LOWER(i.DisplayText) LIKE @q";
            parameters.Add("q", "%" + filter.Q.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal) + "%");
        }

        where += filter.Status switch
        {
            "published" => " AND EXISTS (SELECT 1 FROM ContentItemIndex p WHERE p.ContentItemId = i.ContentItemId AND p.Published = 1)",
            "draft" => " AND i.Published = 0",
            _ => "",
        };
        if (!string.IsNullOrWhiteSpace(filter.Edition))
        {
            where += """
                 AND (i.ContentItemId = @edition OR EXISTS (SELECT 1 FROM ContentFieldIndex f WHERE f.DocumentId = i.DocumentId
                    AND f.ContentField IN ('Edition', 'Editions') AND f.Text = @edition))
                """;
            parameters.Add("edition", filter.Edition);
        }

        if (ownerId is not null)
        {
            where += " AND i.Owner = @ownerId";
            parameters.Add("ownerId", ownerId);
        }

        var total = await session.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ContentItemIndex i WHERE " + where, parameters);
        var order = filter.Sort == "title" ? "i.DisplayText, i.ContentItemId" : "i.ModifiedUtc DESC, i.ContentItemId";
        parameters.Add("take", ContentListFilter.PageSize);
        parameters.Add("skip", (Math.Max(filter.Page, 1) - 1) * ContentListFilter.PageSize);
        var rows = await session.QueryAsync<ContentListRow>(
            $"""
            SELECT i.ContentItemId, i.DisplayText, i.ModifiedUtc, i.Author, i.Owner, CAST(i.Published AS BIGINT) AS Published,
                CAST((SELECT COUNT(*) FROM ContentItemIndex p WHERE p.ContentItemId = i.ContentItemId AND p.Published = 1) AS BIGINT) AS HasPublished
            FROM ContentItemIndex i WHERE {where} ORDER BY {order} LIMIT @take OFFSET @skip
            """, parameters);
        return (rows.ToList(), (int)total);
    }

    /// <summary>The editions, for the list's edition filter.</summary>
    public async Task<IReadOnlyList<(string Id, string Text)>> EditionsAsync() =>
        (await session.QueryAsync<(string, string)>(
            "SELECT ContentItemId, COALESCE(DisplayText, ContentItemId) FROM ContentItemIndex WHERE ContentType = 'Edition' AND Latest = 1 ORDER BY DisplayText DESC")).ToList();
}
