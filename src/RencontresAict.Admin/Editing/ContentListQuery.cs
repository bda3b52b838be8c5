using System.Globalization;
using Dapper;
using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Editing;

/// <summary>The rows of a content list, from ContentItemIndex (and ContentFieldIndex for the edition), never from JSON.</summary>
public sealed class ContentListQuery(DocumentSession session)
{
    /// <summary>
    /// A page of items of <paramref name="contentType"/>; with <paramref name="ownerId"/>, only that user's own items; with
    /// <paramref name="dateField"/>, filtered by its day in <paramref name="zone"/> and sorted by it on request.
    /// </summary>
    public async Task<(IReadOnlyList<ContentListRow> Rows, int Total)> RunAsync(
        string contentType, ContentListFilter filter, string? ownerId, ContentListDateField? dateField = null, TimeZoneInfo? zone = null)
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

        if (!string.IsNullOrWhiteSpace(filter.Culture))
        {
            where += " AND EXISTS (SELECT 1 FROM LocalizedContentItemIndex l WHERE l.DocumentId = i.DocumentId AND l.Culture = @culture)";
            parameters.Add("culture", filter.Culture);
        }

        var sortsByDate = filter.Sort == "date" && dateField is not null;
        var daySet = DateTime.TryParseExact(filter.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from);
        if (dateField is not null && (sortsByDate || daySet))
        {
            parameters.Add("datePart", dateField.Part);
            parameters.Add("dateField", dateField.Field);
        }

        if (dateField is not null && daySet)
        {
            where += $" AND EXISTS (SELECT 1 FROM ContentFieldIndex f WHERE {DateRow} AND f.Date >= @from AND f.Date < @to)";
            parameters.Add("from", Utc(from, zone));
            parameters.Add("to", Utc(from.AddDays(1), zone));
        }

        if (ownerId is not null)
        {
            where += " AND i.Owner = @ownerId";
            parameters.Add("ownerId", ownerId);
        }

        var total = await session.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ContentItemIndex i WHERE " + where, parameters);
        var order = filter.Sort switch
        {
            "title" => "i.DisplayText, i.ContentItemId",
            "date" when sortsByDate => $"(SELECT MIN(f.Date) FROM ContentFieldIndex f WHERE {DateRow}), i.DisplayText, i.ContentItemId",
            _ => "i.ModifiedUtc DESC, i.ContentItemId",
        };
        parameters.Add("take", ContentListFilter.PageSize);
        parameters.Add("skip", (Math.Max(filter.Page, 1) - 1) * ContentListFilter.PageSize);
        var rows = await session.QueryAsync<ContentListRow>(
            $"""
            SELECT i.ContentItemId, i.DisplayText, i.ModifiedUtc, i.Author, i.Owner, CAST(i.Published AS BIGINT) AS Published,
                CAST((SELECT COUNT(*) FROM ContentItemIndex p WHERE p.ContentItemId = i.ContentItemId AND p.Published = 1) AS BIGINT) AS HasPublished,
                (SELECT MIN(l.Culture) FROM LocalizedContentItemIndex l WHERE l.DocumentId = i.DocumentId) AS Culture
            FROM ContentItemIndex i WHERE {where} ORDER BY {order} LIMIT @take OFFSET @skip
            """, parameters);
        return (rows.ToList(), (int)total);
    }

    /// <summary>The days (in <paramref name="zone"/>) the latest items of <paramref name="contentType"/> have in <paramref name="dateField"/>, for the day filter.</summary>
    public async Task<IReadOnlyList<DateOnly>> DaysAsync(string contentType, ContentListDateField dateField, TimeZoneInfo zone)
    {
        var dates = await session.QueryAsync<string>(
            "SELECT DISTINCT Date FROM ContentFieldIndex WHERE ContentType = @contentType AND ContentPart = @part AND ContentField = @field AND Latest = 1 AND Date IS NOT NULL",
            new { contentType, part = dateField.Part, field = dateField.Field });
        return dates
            .Select(d => DateTime.Parse(d, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal))
            .Select(d => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(d, zone)))
            .Distinct().Order().ToList();
    }

    /// <summary>
    /// The editions, for the list's edition filter: their translations are left out, since translated items name the
    /// <paramref name="defaultCulture"/>'s edition.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string Text)>> EditionsAsync(string defaultCulture) =>
        (await session.QueryAsync<(string, string)>(
            """
            SELECT i.ContentItemId, COALESCE(i.DisplayText, i.ContentItemId) FROM ContentItemIndex i
            WHERE i.ContentType = 'Edition' AND i.Latest = 1
              AND NOT EXISTS (SELECT 1 FROM LocalizedContentItemIndex l WHERE l.DocumentId = i.DocumentId AND l.Culture <> @defaultCulture)
            ORDER BY i.DisplayText DESC
            """, new { defaultCulture })).ToList();

    /// <summary>The row of the list's date field for the item (a ContentFieldIndex row of its document).</summary>
    private const string DateRow = "f.DocumentId = i.DocumentId AND f.ContentPart = @datePart AND f.ContentField = @dateField";

    /// <summary>A local midnight as stored dates are written (UTC, ISO 8601), so that text comparison orders them.</summary>
    private static string Utc(DateTime local, TimeZoneInfo? zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone ?? TimeZoneInfo.Utc)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
