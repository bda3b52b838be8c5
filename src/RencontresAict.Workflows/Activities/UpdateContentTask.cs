using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Changes an existing item: <c>Content</c> (JavaScript giving an item or its id; empty: the input or variable
/// <c>ContentItem</c>, else the correlation id) is merged with <c>ContentProperties</c> (Liquid, JavaScript-encoded)
/// and saved, then published when <c>Publish</c>. <c>Failed</c> when the item is missing or does not validate.
/// </summary>
public sealed class UpdateContentTask(ContentManager contents, WorkflowExpressionEvaluator expressions, WorkflowScriptEvaluator scripts) : TaskActivity
{
    private static readonly JavaScriptEncoder Json = JavaScriptEncoder.Create(UnicodeRanges.All);

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var id = await ResolveIdAsync(workflow, activity);
        var item = string.IsNullOrEmpty(id) ? null : await contents.GetAsync(id, VersionOptions.Latest);
        if (item is null)
        {
            workflow.LastResult = $"No content item '{id}'.";
            return Outcomes("Failed");
        }

        ContentProperties.Apply(item, await expressions.EvaluateAsync(activity.GetExpression("ContentProperties"), workflow, Json));
        try
        {
            await contents.UpdateAsync(item);
            if (activity.GetBoolean("Publish", false))
            {
                await contents.PublishAsync(item);
            }
        }
        catch (ContentValidationException ex)
        {
            workflow.LastResult = ex.Message;
            return Outcomes("Failed");
        }

        workflow.Properties[ContentEvent.ContentItemKey] = item;
        workflow.LastResult = item;
        return Outcomes("Done");
    }

    private async Task<string?> ResolveIdAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var expression = activity.GetExpression("Content");
        var value = string.IsNullOrWhiteSpace(expression)
            ? workflow.Input.GetValueOrDefault(ContentEvent.ContentItemKey) ?? workflow.Properties.GetValueOrDefault(ContentEvent.ContentItemKey)
            : await scripts.EvaluateAsync(expression, workflow);
        return value switch
        {
            ContentItem item => item.ContentItemId,
            JsonObject json => JsonPaths.GetString(json, "ContentItemId"),
            string text => text,
            null => workflow.CorrelationId,
            _ => WorkflowValues.ToText(value),
        };
    }
}
