using System.Text.Encodings.Web;
using System.Text.Unicode;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Queues an e-mail in the outbox, in the workflow's transaction: <c>Author</c> (From), <c>Sender</c>,
/// <c>ReplyTo</c>, <c>Recipients</c>, <c>Cc</c>, <c>Bcc</c> and <c>Subject</c> are Liquid rendered without encoding;
/// <c>Body</c> is Liquid HTML-encoded when <c>IsHtmlBody</c> (default), so what a visitor typed arrives escaped;
/// <c>BodyText</c>, when given, is the plain-text part. <c>Done</c> once queued; <c>Failed</c> for a message the
/// outbox refuses (no recipient, a bad address, a header with a line break).
/// </summary>
public sealed class EmailTask(WorkflowExpressionEvaluator expressions, EmailOutbox outbox) : TaskActivity
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        async Task<string> Text(string name) => (await expressions.EvaluateAsync(activity.GetExpression(name), workflow)).Trim();

        var isHtml = activity.GetBoolean("IsHtmlBody", true);
        var author = await Text("Author");
        var sender = await Text("Sender");
        var body = await expressions.EvaluateAsync(activity.GetExpression("Body"), workflow, isHtml ? Html : null);
        var bodyText = await expressions.EvaluateAsync(activity.GetExpression("BodyText"), workflow);
        var message = new OutboxMessage
        {
            From = author.Length > 0 ? author : sender.Length > 0 ? sender : null,
            Sender = author.Length > 0 && sender.Length > 0 ? sender : null,
            To = [await Text("Recipients")],
            Cc = [await Text("Cc")],
            Bcc = [await Text("Bcc")],
            ReplyTo = [await Text("ReplyTo")],
            Subject = await expressions.EvaluateAsync(activity.GetExpression("Subject"), workflow),
            HtmlBody = isHtml ? body : null,
            TextBody = isHtml ? (string.IsNullOrWhiteSpace(bodyText) ? null : bodyText) : body,
        };

        try
        {
            var queued = await outbox.EnqueueAsync(message);
            workflow.LastResult = queued.MessageId;
            return Outcomes("Done");
        }
        catch (EmailValidationException ex)
        {
            workflow.LastResult = ex.Message;
            return Outcomes("Failed");
        }
    }
}
