using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Tests.Workflows;

/// <summary>
/// A test activity registered from outside the Workflows project (as the Forms module registers its own): it
/// stores an Article, then throws, so its half-done work must be rolled back.
/// </summary>
public sealed class WritesThenThrowsTask(ContentManager contents) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var item = await contents.NewAsync("Article");
        item.GetPart("TitlePart")!["Title"] = "Half done";
        await contents.CreateAsync(item);
        throw new InvalidOperationException("Failed after writing.");
    }
}
