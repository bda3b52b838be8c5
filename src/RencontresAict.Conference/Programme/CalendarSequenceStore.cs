using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Programme;

/// <summary>
/// Counts publications per item in the session's transaction, so the count is durable with the publication
/// itself and only ever grows. SEQUENCE is the count minus one (0 for the first publication).
/// </summary>
public sealed class CalendarSequenceStore(DocumentSession session)
{
    public Task IncrementAsync(string contentItemId) =>
        session.ExecuteAsync(
            """
            INSERT INTO CalendarSequenceIndex (ContentItemId, Publications) VALUES (@contentItemId, 1)
            ON CONFLICT (ContentItemId) DO UPDATE SET Publications = CalendarSequenceIndex.Publications + 1
            """,
            new { contentItemId });

    public async Task<IReadOnlyDictionary<string, int>> GetSequencesAsync(IReadOnlyCollection<string> contentItemIds)
    {
        if (contentItemIds.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        var rows = await session.QueryAsync<(string ContentItemId, long Publications)>(
            "SELECT ContentItemId, Publications FROM CalendarSequenceIndex WHERE ContentItemId IN @contentItemIds", new { contentItemIds });
        return rows.ToDictionary(r => r.ContentItemId, r => (int)Math.Max(0, r.Publications - 1), StringComparer.Ordinal);
    }
}
