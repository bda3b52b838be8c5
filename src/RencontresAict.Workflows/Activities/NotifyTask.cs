using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Leaves a message (<c>Message</c>, Liquid, values HTML-encoded) of a <c>NotificationType</c> (Success,
/// Information, Warning, Error) for the page answering the request, in the request's items; read with <see cref="Read"/>.
/// </summary>
public sealed class NotifyTask(WorkflowExpressionEvaluator expressions) : TaskActivity
{
    private static readonly object ItemsKey = new();
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IReadOnlyList<WorkflowNotification> Read(HttpContext http) =>
        http.Items.TryGetValue(ItemsKey, out var list) && list is List<WorkflowNotification> notifications ? notifications : [];

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var message = await expressions.EvaluateAsync(activity.GetExpression("Message"), workflow, Encoder);
        if (workflow.HttpContext is { } http)
        {
            if (!http.Items.TryGetValue(ItemsKey, out var list) || list is not List<WorkflowNotification> notifications)
            {
                notifications = [];
                http.Items[ItemsKey] = notifications;
            }

            notifications.Add(new WorkflowNotification(activity.GetString("NotificationType") ?? "Information", message));
        }

        return Outcomes("Done");
    }
}
