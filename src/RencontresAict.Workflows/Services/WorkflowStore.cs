using System.Text.Json;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Indexes;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// Workflow instances as documents, with their index rows (status, correlation, blocking activities), in the
/// session's transaction. <see cref="TryClaimAsync"/> makes resumption atomic: of two requests resuming the same
/// halted instance, one claims it and the other finds it no longer halted.
/// </summary>
public sealed class WorkflowStore(DocumentSession session)
{
    public DocumentSession Session => session;

    public async Task<WorkflowInstance?> GetAsync(string workflowId)
    {
        var id = await session.QueryFirstOrDefaultAsync<long?>(
            "SELECT DocumentId FROM WorkflowIndex WHERE WorkflowId = @workflowId", new { workflowId });
        return id is null ? null : await LoadAsync(id.Value);
    }

    public async Task<IReadOnlyList<WorkflowInstance>> ListAsync(string? workflowTypeId = null, WorkflowStatus? status = null)
    {
        var ids = await session.QueryAsync<long>(
            "SELECT DocumentId FROM WorkflowIndex WHERE (@workflowTypeId IS NULL OR WorkflowTypeId = @workflowTypeId) AND (@status IS NULL OR Status = @status) ORDER BY DocumentId",
            new { workflowTypeId, status = status?.ToString() });
        return await LoadManyAsync(ids);
    }

    /// <summary>One page of a type's instances, newest first, optionally of one status; with how many there are in all.</summary>
    public async Task<(IReadOnlyList<WorkflowInstance> Page, int Total)> ListPageAsync(string workflowTypeId, WorkflowStatus? status, int skip, int take)
    {
        var filter = new { workflowTypeId, status = status?.ToString(), skip, take };
        const string Where = "WHERE WorkflowTypeId = @workflowTypeId AND (@status IS NULL OR Status = @status)";
        var total = await session.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM WorkflowIndex {Where}", filter);
        var ids = await session.QueryAsync<long>(
            $"SELECT DocumentId FROM WorkflowIndex {Where} ORDER BY CreatedUtc DESC, DocumentId DESC LIMIT @take OFFSET @skip", filter);
        return (await LoadManyAsync(ids), (int)total);
    }

    /// <summary>How many instances each type has in each status (types without instances are absent).</summary>
    public async Task<IReadOnlyList<(string WorkflowTypeId, WorkflowStatus Status, int Count)>> CountByTypeAndStatusAsync() =>
        (await session.QueryAsync<(string WorkflowTypeId, string Status, long Count)>(
            "SELECT WorkflowTypeId, Status, COUNT(*) FROM WorkflowIndex GROUP BY WorkflowTypeId, Status"))
        .Select(r => (r.WorkflowTypeId, Enum.Parse<WorkflowStatus>(r.Status), (int)r.Count))
        .ToList();

    /// <summary>Halted instances waiting on an activity of this name with this correlation id ("" = uncorrelated).</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> ListHaltedAsync(string activityName, string? correlationId)
    {
        var ids = await session.QueryAsync<long>(
            """
            SELECT DISTINCT b.DocumentId FROM WorkflowBlockingActivityIndex b JOIN WorkflowIndex w ON w.DocumentId = b.DocumentId
            WHERE b.ActivityName = @activityName AND b.CorrelationId = @correlationId AND w.Status = 'Halted' ORDER BY b.DocumentId
            """,
            new { activityName, correlationId = correlationId ?? "" });
        return await LoadManyAsync(ids);
    }

    /// <summary>Every halted instance with this correlation id, whatever it waits on.</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> ListHaltedByCorrelationAsync(string correlationId)
    {
        var ids = await session.QueryAsync<long>(
            "SELECT DocumentId FROM WorkflowIndex WHERE CorrelationId = @correlationId AND Status = 'Halted' ORDER BY DocumentId",
            new { correlationId });
        return await LoadManyAsync(ids);
    }

    /// <summary>Every halted instance waiting on an activity of this name, whatever its correlation (timers).</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> ListHaltedOnAnyCorrelationAsync(string activityName)
    {
        var ids = await session.QueryAsync<long>(
            """
            SELECT DISTINCT b.DocumentId FROM WorkflowBlockingActivityIndex b JOIN WorkflowIndex w ON w.DocumentId = b.DocumentId
            WHERE b.ActivityName = @activityName AND w.Status = 'Halted' ORDER BY b.DocumentId
            """,
            new { activityName });
        return await LoadManyAsync(ids);
    }

    /// <summary>Whether some halted instance of the type waits on this activity (a start timer already armed).</summary>
    public async Task<bool> IsBlockedOnAsync(string workflowTypeId, string activityId) =>
        await session.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM WorkflowBlockingActivityIndex b JOIN WorkflowIndex w ON w.DocumentId = b.DocumentId
            WHERE b.WorkflowTypeId = @workflowTypeId AND b.ActivityId = @activityId AND w.Status = 'Halted'
            """,
            new { workflowTypeId, activityId }) > 0;

    public async Task<bool> HasHaltedInstanceAsync(string workflowTypeId) =>
        await session.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM WorkflowIndex WHERE WorkflowTypeId = @workflowTypeId AND Status = 'Halted'", new { workflowTypeId }) > 0;

    /// <summary>
    /// Marks a halted instance as resuming, inside the session's write transaction; false when another run got it
    /// first. The caller then reloads the instance, which is now its alone until the transaction ends.
    /// </summary>
    public async Task<bool> TryClaimAsync(WorkflowInstance workflow) =>
        await session.ExecuteAsync(
            "UPDATE WorkflowIndex SET Status = 'Resuming' WHERE DocumentId = @Id AND Status = 'Halted'", new { workflow.Id }) == 1;

    /// <summary>
    /// Marks a faulted instance as resuming, inside the session's write transaction, for a retry; false when another
    /// retry got it first (or it is no longer faulted).
    /// </summary>
    public async Task<bool> TryClaimFaultedAsync(WorkflowInstance workflow) =>
        await session.ExecuteAsync(
            "UPDATE WorkflowIndex SET Status = 'Resuming' WHERE DocumentId = @Id AND Status = 'Faulted'", new { workflow.Id }) == 1;

    public async Task SaveAsync(WorkflowInstance workflow)
    {
        var json = JsonSerializer.Serialize(workflow, ContentJson.Options);
        var isNew = workflow.Id == 0;
        if (isNew)
        {
            workflow.Id = await session.InsertDocumentAsync(WorkflowInstance.DocumentType, json);
            workflow.DocumentVersion = 1;
        }
        else
        {
            if (!await session.UpdateDocumentAsync(workflow.Id, json, workflow.DocumentVersion))
            {
                throw new WorkflowConcurrencyException(workflow.WorkflowId);
            }

            workflow.DocumentVersion++;
        }

        if (!isNew)
        {
            await DeleteIndexRowsAsync(workflow.Id); // a document just inserted has no index rows yet
        }

        await session.ExecuteAsync(
            "INSERT INTO WorkflowIndex (DocumentId, WorkflowId, WorkflowTypeId, Status, CorrelationId, CreatedUtc) VALUES (@Id, @WorkflowId, @WorkflowTypeId, @Status, @CorrelationId, @CreatedUtc)",
            new { workflow.Id, workflow.WorkflowId, workflow.WorkflowTypeId, Status = workflow.Status.ToString(), workflow.CorrelationId, CreatedUtc = UtcText.Format(workflow.CreatedUtc) });
        foreach (var blocking in workflow.BlockingActivities)
        {
            await session.ExecuteAsync(
                "INSERT INTO WorkflowBlockingActivityIndex (DocumentId, WorkflowId, WorkflowTypeId, ActivityId, ActivityName, ActivityIsStart, CorrelationId) VALUES (@Id, @WorkflowId, @WorkflowTypeId, @ActivityId, @Name, @IsStart, @CorrelationId)",
                new { workflow.Id, workflow.WorkflowId, workflow.WorkflowTypeId, blocking.ActivityId, blocking.Name, IsStart = blocking.IsStart ? 1 : 0, workflow.CorrelationId });
        }
    }

    public async Task DeleteAsync(WorkflowInstance workflow)
    {
        if (workflow.Id == 0)
        {
            return;
        }

        await DeleteIndexRowsAsync(workflow.Id);
        await session.ExecuteAsync("DELETE FROM Document WHERE Id = @Id", new { workflow.Id });
    }

    public async Task<WorkflowInstance?> LoadAsync(long documentId)
    {
        var row = await session.GetDocumentAsync(documentId);
        return row is null ? null : ToInstance(row);
    }

    private async Task<IReadOnlyList<WorkflowInstance>> LoadManyAsync(IEnumerable<long> ids) =>
        (await session.GetDocumentsAsync(ids)).Select(ToInstance).ToList();

    private async Task DeleteIndexRowsAsync(long documentId)
    {
        await session.ExecuteAsync("DELETE FROM WorkflowBlockingActivityIndex WHERE DocumentId = @documentId", new { documentId });
        await session.ExecuteAsync("DELETE FROM WorkflowIndex WHERE DocumentId = @documentId", new { documentId });
    }

    private static WorkflowInstance ToInstance(StoredDocument row)
    {
        var workflow = JsonSerializer.Deserialize<WorkflowInstance>(row.Content, ContentJson.Options)!;
        workflow.Id = row.Id;
        workflow.DocumentVersion = row.Version;
        return workflow;
    }
}
