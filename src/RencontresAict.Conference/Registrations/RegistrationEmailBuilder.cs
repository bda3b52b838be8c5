using System.Text.Encodings.Web;
using System.Text.Unicode;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Builds the message a <c>RegistrationEmailTask</c> step describes (Recipients — default the registration's e-mail —,
/// Cc, Bcc, ReplyTo, Author, Subject, Body HTML-encoded, BodyText, AttachEditionCalendar) from a workflow's variables.
/// The task sends it as the workflow runs; the admin sends it again ("renvoyer") from the same step. Texts and calendar
/// are in the workflow's language (the registrant's): the step's <c>Localizations</c> for it, else its French texts.
/// </summary>
public sealed class RegistrationEmailBuilder(WorkflowExpressionEvaluator expressions, EditionFactsReader editions, TimeProvider clock)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task<OutboxMessage> BuildAsync(WorkflowExecutionContext workflow, ActivityContext activity)
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
            && WorkflowValues.ToText(EditionId(workflow)) is { } editionId && await editions.ReadAsync(editionId) is { } edition)
        {
            message.Attachments.Add(new OutboxAttachment
            {
                FileName = EditionCalendar.FileName,
                ContentType = EditionCalendar.ContentType,
                Content = EditionCalendar.Build(edition, clock.GetUtcNow(), workflow.Culture),
            });
        }

        return message;
    }

    private static object? EditionId(WorkflowExecutionContext workflow) => workflow.Properties.GetValueOrDefault("Edition") switch
    {
        IDictionary<string, object?> values => values.TryGetValue("Id", out var id) ? id : null,
        System.Text.Json.Nodes.JsonObject json => json["Id"]?.DeepClone(),
        _ => null,
    };
}
