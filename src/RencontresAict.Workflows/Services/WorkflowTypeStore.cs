using System.Text.Json;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// Workflow types as documents, with their index rows (type, start activities), in the session's transaction. Types
/// are parsed once per stored version and shared (<see cref="ParsedDocumentCache"/>): the instances returned by
/// <see cref="GetAsync"/> and the lists are read-only; <see cref="GetForUpdateAsync"/> gives a private copy to change.
/// </summary>
public sealed class WorkflowTypeStore(DocumentSession session, ParsedDocumentCache cache)
{
    public const string DocumentType = "WorkflowType";

    public async Task<WorkflowType?> GetAsync(string workflowTypeId)
    {
        var stamp = await session.QueryFirstOrDefaultAsync<DocumentStamp>(
            "SELECT d.Id, d.Version FROM WorkflowTypeIndex w JOIN Document d ON d.Id = w.DocumentId WHERE w.WorkflowTypeId = @workflowTypeId",
            new { workflowTypeId });
        return stamp is null ? null : await session.GetParsedAsync(stamp, cache, ToSharedType);
    }

    public async Task<WorkflowType?> GetForUpdateAsync(string workflowTypeId)
    {
        var id = await session.QueryFirstOrDefaultAsync<long?>(
            "SELECT DocumentId FROM WorkflowTypeIndex WHERE WorkflowTypeId = @workflowTypeId", new { workflowTypeId });
        return id is null ? null : await LoadAsync(id.Value);
    }

    public async Task<IReadOnlyList<WorkflowType>> ListAsync()
    {
        var stamps = await session.QueryAsync<DocumentStamp>(
            "SELECT d.Id, d.Version FROM WorkflowTypeIndex w JOIN Document d ON d.Id = w.DocumentId ORDER BY w.Name");
        return await GetSharedAsync(stamps);
    }

    /// <summary>Enabled types with a start activity of this name (the types an event may start).</summary>
    public async Task<IReadOnlyList<WorkflowType>> ListByStartActivityAsync(string activityName)
    {
        var stamps = await session.QueryAsync<DocumentStamp>(
            """
            SELECT DISTINCT d.Id, d.Version FROM WorkflowTypeStartActivityIndex s JOIN Document d ON d.Id = s.DocumentId
            WHERE s.ActivityName = @activityName AND s.IsEnabled = 1
            """,
            new { activityName });
        return await GetSharedAsync(stamps);
    }

    /// <summary>Stores a type; an existing type with the same WorkflowTypeId is replaced whole.</summary>
    public async Task SaveAsync(WorkflowType type)
    {
        if (string.IsNullOrWhiteSpace(type.WorkflowTypeId))
        {
            throw new InvalidOperationException("A workflow type needs a WorkflowTypeId.");
        }

        var json = JsonSerializer.Serialize(type, ContentJson.Options);
        var existing = await session.QueryFirstOrDefaultAsync<long?>(
            "SELECT DocumentId FROM WorkflowTypeIndex WHERE WorkflowTypeId = @WorkflowTypeId", new { type.WorkflowTypeId });
        if (existing is null)
        {
            type.Id = await session.InsertDocumentAsync(DocumentType, json);
        }
        else
        {
            type.Id = existing.Value;
            if ((await session.GetDocumentAsync(type.Id))?.Content == json)
            {
                return; // unchanged: re-importing a recipe leaves the stored type as it was
            }

            await session.UpdateDocumentAsync(type.Id, json);
        }

        await DeleteIndexRowsAsync(type.Id);
        await session.ExecuteAsync(
            "INSERT INTO WorkflowTypeIndex (DocumentId, WorkflowTypeId, Name, IsEnabled, IsSingleton) VALUES (@Id, @WorkflowTypeId, @Name, @IsEnabled, @IsSingleton)",
            new { type.Id, type.WorkflowTypeId, type.Name, IsEnabled = type.IsEnabled ? 1 : 0, IsSingleton = type.IsSingleton ? 1 : 0 });
        foreach (var start in type.Activities.Where(a => a.IsStart))
        {
            await session.ExecuteAsync(
                "INSERT INTO WorkflowTypeStartActivityIndex (DocumentId, WorkflowTypeId, ActivityId, ActivityName, IsEnabled) VALUES (@Id, @WorkflowTypeId, @ActivityId, @Name, @IsEnabled)",
                new { type.Id, type.WorkflowTypeId, start.ActivityId, start.Name, IsEnabled = type.IsEnabled ? 1 : 0 });
        }
    }

    public async Task<bool> DeleteAsync(string workflowTypeId)
    {
        var id = await session.QueryFirstOrDefaultAsync<long?>(
            "SELECT DocumentId FROM WorkflowTypeIndex WHERE WorkflowTypeId = @workflowTypeId", new { workflowTypeId });
        if (id is null)
        {
            return false;
        }

        await DeleteIndexRowsAsync(id.Value);
        await session.ExecuteAsync("DELETE FROM Document WHERE Id = @id", new { id });
        return true;
    }

    private async Task<IReadOnlyList<WorkflowType>> GetSharedAsync(IEnumerable<DocumentStamp> stamps)
    {
        var types = new List<WorkflowType>();
        foreach (var stamp in stamps)
        {
            if (await session.GetParsedAsync(stamp, cache, ToSharedType) is { } type)
            {
                types.Add(type);
            }
        }

        return types;
    }

    private async Task DeleteIndexRowsAsync(long documentId)
    {
        await session.ExecuteAsync("DELETE FROM WorkflowTypeStartActivityIndex WHERE DocumentId = @documentId", new { documentId });
        await session.ExecuteAsync("DELETE FROM WorkflowTypeIndex WHERE DocumentId = @documentId", new { documentId });
    }

    private async Task<WorkflowType?> LoadAsync(long documentId)
    {
        var row = await session.GetDocumentAsync(documentId);
        return row is null ? null : ToType(row);
    }

    private static WorkflowType ToSharedType(StoredDocument row)
    {
        var type = ToType(row);
        type.Activities.ForEach(a => JsonPaths.Materialize(a.Properties));
        return type;
    }

    private static WorkflowType ToType(StoredDocument row)
    {
        var type = JsonSerializer.Deserialize<WorkflowType>(row.Content, ContentJson.Options)!;
        type.Id = row.Id;
        return type;
    }
}
