using Dapper;
using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Registrations;

/// <summary>The admin's registration queries, on RegistrationIndex only (never the JSON): a page, all matching ids for an export.</summary>
public sealed class RegistrationListQuery(DocumentSession session)
{
    private const string Columns = "DocumentId, ContentItemId, FirstName, LastName, EmailKey, Organisation, Status, CreatedUtc";

    /// <summary>A page of the edition's registrations matching the filter, and how many match in all.</summary>
    public async Task<(IReadOnlyList<RegistrationListRow> Rows, int Total)> PageAsync(string editionId, RegistrationListFilter filter)
    {
        var (where, parameters) = Where(editionId, filter);
        var total = await session.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM RegistrationIndex WHERE " + where, parameters);
        parameters.Add("take", RegistrationListFilter.PageSize);
        parameters.Add("skip", (Math.Max(filter.Page, 1) - 1) * RegistrationListFilter.PageSize);
        var rows = await session.QueryAsync<RegistrationListRow>(
            $"SELECT {Columns} FROM RegistrationIndex WHERE {where} ORDER BY {Order(filter.Sort)} LIMIT @take OFFSET @skip", parameters);
        return (rows.ToList(), (int)total);
    }

    /// <summary>The document ids of every matching registration, in the list's order (an export loads them in batches).</summary>
    public async Task<IReadOnlyList<long>> DocumentIdsAsync(string editionId, RegistrationListFilter filter)
    {
        var (where, parameters) = Where(editionId, filter);
        return (await session.QueryAsync<long>($"SELECT DocumentId FROM RegistrationIndex WHERE {where} ORDER BY {Order(filter.Sort)}", parameters)).ToList();
    }

    /// <summary>The editions, newest title first, for the edition filter.</summary>
    public async Task<IReadOnlyList<(string Id, string Title)>> EditionsAsync() =>
        (await session.QueryAsync<(string, string)>(
            "SELECT ContentItemId, COALESCE(DisplayText, ContentItemId) FROM ContentItemIndex WHERE ContentType = 'Edition' AND Latest = 1 ORDER BY DisplayText DESC"))
        .ToList();

    private static (string Where, DynamicParameters Parameters) Where(string editionId, RegistrationListFilter filter)
    {
        var where = "EditionContentItemId = @editionId";
        var parameters = new DynamicParameters(new { editionId });
        if (RegistrationStatus.IsKnown(filter.Status))
        {
            where += " AND Status = @status";
            parameters.Add("status", filter.Status);
        }

        if (RegistrationReference.Prefix(filter.Q) is { } prefix)
        {
            where += " AND ContentItemId LIKE @reference";
            parameters.Add("reference", prefix + "%");
            return (where, parameters);
        }

        var words = RegistrationIndexProvider.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // LIKE wildcards typed by staff are searched as text.
            where += $" AND SearchText LIKE @w{i} ESCAPE '\\'";
            parameters.Add($"w{i}", "%" + words[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%");
        }

        return (where, parameters);
    }

    private static string Order(string? sort) => sort switch
    {
        "name" => "LastName, FirstName, DocumentId",
        "organisation" => "Organisation, LastName, DocumentId",
        "status" => "Status, CreatedUtc, DocumentId",
        "oldest" => "CreatedUtc, DocumentId",
        _ => "CreatedUtc DESC, DocumentId DESC",
    };
}
