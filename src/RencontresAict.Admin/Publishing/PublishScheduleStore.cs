using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Publishing;

/// <summary>Reads and writes scheduled publications in the current session.</summary>
public sealed class PublishScheduleStore(DocumentSession session)
{
    public async Task ScheduleAsync(string contentItemId, string contentItemVersionId, DateTime publishAtUtc, string? by)
    {
        await CancelAsync(contentItemId);
        await session.ExecuteAsync(
            "INSERT INTO ScheduledPublication (ContentItemId, ContentItemVersionId, PublishAtUtc, ScheduledBy) VALUES (@contentItemId, @contentItemVersionId, @at, @by)",
            new { contentItemId, contentItemVersionId, at = ScheduledPublication.Format(publishAtUtc), by });
    }

    public Task CancelAsync(string contentItemId) =>
        session.ExecuteAsync("DELETE FROM ScheduledPublication WHERE ContentItemId = @contentItemId", new { contentItemId });

    /// <summary>
    /// Takes a due schedule for this transaction: false when another publisher took it first (its delete committed
    /// before ours ran), so exactly one of two concurrent publishers acts on it.
    /// </summary>
    public async Task<bool> TryClaimAsync(ScheduledPublication due) =>
        await session.ExecuteAsync(
            "DELETE FROM ScheduledPublication WHERE ContentItemId = @ContentItemId AND ContentItemVersionId = @ContentItemVersionId",
            new { due.ContentItemId, due.ContentItemVersionId }) == 1;

    public Task<ScheduledPublication?> GetAsync(string contentItemId) =>
        session.QueryFirstOrDefaultAsync<ScheduledPublication>(
            "SELECT ContentItemId, ContentItemVersionId, PublishAtUtc, ScheduledBy FROM ScheduledPublication WHERE ContentItemId = @contentItemId",
            new { contentItemId });

    public async Task<IReadOnlyList<ScheduledPublication>> DueAsync(DateTime nowUtc) =>
        (await session.QueryAsync<ScheduledPublication>(
            "SELECT ContentItemId, ContentItemVersionId, PublishAtUtc, ScheduledBy FROM ScheduledPublication WHERE PublishAtUtc <= @now ORDER BY PublishAtUtc",
            new { now = ScheduledPublication.Format(nowUtc) })).ToList();

    /// <summary>The scheduled publications of these items, by content item id (a list shows them on its rows).</summary>
    public async Task<IReadOnlyDictionary<string, ScheduledPublication>> ForAsync(IReadOnlyList<string> contentItemIds)
    {
        if (contentItemIds.Count == 0)
        {
            return new Dictionary<string, ScheduledPublication>();
        }

        var parameters = new Dapper.DynamicParameters();
        for (var i = 0; i < contentItemIds.Count; i++)
        {
            parameters.Add("id" + i, contentItemIds[i]);
        }

        var names = string.Join(", ", contentItemIds.Select((_, i) => "@id" + i));
        var rows = await session.QueryAsync<ScheduledPublication>(
            $"SELECT ContentItemId, ContentItemVersionId, PublishAtUtc, ScheduledBy FROM ScheduledPublication WHERE ContentItemId IN ({names})", parameters);
        return rows.ToDictionary(r => r.ContentItemId);
    }

    /// <summary>The next <paramref name="count"/> publications to come, soonest first.</summary>
    public async Task<IReadOnlyList<ScheduledPublication>> NextAsync(int count) =>
        (await session.QueryAsync<ScheduledPublication>(
            "SELECT ContentItemId, ContentItemVersionId, PublishAtUtc, ScheduledBy FROM ScheduledPublication ORDER BY PublishAtUtc LIMIT @count",
            new { count })).ToList();
}
