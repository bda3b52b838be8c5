using System.Text.Encodings.Web;
using System.Text.Unicode;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Creates an item of <c>ContentType</c> from <c>ContentProperties</c> (Liquid rendering JSON, values
/// JavaScript-encoded so a visitor's quotes cannot break it), published when <c>Publish</c>. On success the new item
/// is the last result, the variable <c>ContentItem</c>, and the instance's correlation id. <c>Failed</c> when the item
/// does not validate. Refuses to create an item of the type whose own creation started the workflow (a loop).
/// </summary>
public sealed class CreateContentTask(ContentManager contents, WorkflowExpressionEvaluator expressions) : TaskActivity
{
    private static readonly JavaScriptEncoder Json = JavaScriptEncoder.Create(UnicodeRanges.All);

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var contentType = activity.GetString("ContentType") ?? throw new InvalidOperationException("CreateContentTask needs a ContentType.");
        var publish = activity.GetBoolean("Publish", false);
        RefuseLoop(workflow, contentType, publish);

        var item = await contents.NewAsync(contentType);
        ContentProperties.Apply(item, await expressions.EvaluateAsync(activity.GetExpression("ContentProperties"), workflow, Json));
        try
        {
            await contents.CreateAsync(item, publish);
        }
        catch (ContentValidationException ex)
        {
            workflow.LastResult = ex.Message;
            return Outcomes("Failed");
        }

        workflow.CorrelationId = item.ContentItemId;
        workflow.Properties[ContentEvent.ContentItemKey] = item;
        workflow.LastResult = item;
        return Outcomes("Done");
    }

    private static void RefuseLoop(WorkflowExecutionContext workflow, string contentType, bool publish)
    {
        var startedBy = workflow.Journal.Count > 0 ? workflow.Journal[0].ActivityName : null;
        var looping = startedBy switch
        {
            nameof(ContentCreatedEvent) or nameof(ContentUpdatedEvent) => true,
            nameof(ContentPublishedEvent) => publish,
            nameof(ContentDraftSavedEvent) => !publish,
            _ => false,
        };
        if (looping && workflow.Input.GetValueOrDefault(ContentEvent.ContentItemKey) is ContentItem trigger && trigger.ContentType == contentType)
        {
            throw new InvalidOperationException(
                $"CreateContentTask would create a '{contentType}' from a workflow started by {startedBy} of that type: an endless loop.");
        }
    }
}
