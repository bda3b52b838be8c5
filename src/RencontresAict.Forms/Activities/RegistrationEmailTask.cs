using System.Text.Encodings.Web;
using System.Text.Unicode;
using RencontresAict.Forms.Registrations;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// EmailTask for registrations: the same properties (Recipients — default the registration's e-mail —, Cc, Bcc,
/// ReplyTo, Author, Subject, Body HTML-encoded, BodyText) queued in the outbox in the workflow's transaction, plus
/// <c>AttachEditionCalendar</c>: the edition as an iCalendar file. <c>Done</c>, or <c>Failed</c> when the outbox
/// refuses the message (no or bad address, a header with a line break).
/// </summary>
public sealed class RegistrationEmailTask(WorkflowExpressionEvaluator expressions, EmailOutbox outbox, EditionFactsReader editions, TimeProvider clock)
    : TaskActivity
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        async Task<string> Text(string name, string fallback = "") =>
            (await expressions.EvaluateAsync(activity.GetExpression(name, fallback), workflow)).Trim();

        var bodyText = await Text("BodyText");
        var message = new OutboxMessage
        {
            From = await Text("Author") is { Length: > 0 } author ? author : null,
            To = [await Text("Recipients", "{{ Workflow.Properties.Email }}")],
            Cc = [await Text("Cc")],
            Bcc = [await Text("Bcc")],
            ReplyTo = [await Text("ReplyTo")],
            Subject = await Text("Subject"),
            HtmlBody = await expressions.EvaluateAsync(activity.GetExpression("Body"), workflow, Html),
            TextBody = bodyText.Length > 0 ? bodyText : null,
        };
        if (activity.GetBoolean("AttachEditionCalendar", false)
            && WorkflowValues.ToText(JsonEditionId(workflow)) is { } editionId && await editions.ReadAsync(editionId) is { } edition)
        {
            message.Attachments.Add(new OutboxAttachment
            {
                FileName = EditionCalendar.FileName,
                ContentType = EditionCalendar.ContentType,
                Content = EditionCalendar.Build(edition, clock.GetUtcNow()),
            });
        }

        try
        {
            workflow.LastResult = (await outbox.EnqueueAsync(message)).MessageId;
            return Outcomes("Done");
        }
        catch (EmailValidationException ex)
        {
            workflow.LastResult = ex.Message;
            return Outcomes("Failed");
        }
    }

    private static object? JsonEditionId(WorkflowExecutionContext workflow) => workflow.Properties.GetValueOrDefault("Edition") switch
    {
        IDictionary<string, object?> values => values.TryGetValue("Id", out var id) ? id : null,
        System.Text.Json.Nodes.JsonObject json => json["Id"]?.DeepClone(),
        _ => null,
    };
}
