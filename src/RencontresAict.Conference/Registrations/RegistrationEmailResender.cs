using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Queues again the e-mail that matches a registration's status, as its workflow wrote it: the
/// <c>RegistrationEmailTask</c> step that follows the step putting a registration in that status —
/// RegisterForEditionTask's <c>Pending</c> (confirm your registration) or <c>Waiting</c> (waiting list), or
/// SetRegistrationStatusTask to <c>confirmed</c> (confirmed, with the calendar) or <c>cancelled</c>. It is rendered
/// with the registration's own workflow instance, so a confirmation link in it works; nothing of the instance changes.
/// </summary>
public sealed class RegistrationEmailResender(
    DocumentSession session,
    WorkflowStore workflows,
    WorkflowTypeStore types,
    ActivityLibrary library,
    RegistrationMailer mailer,
    EditionFactsReader editions,
    RegistrationForms forms,
    IServiceProvider services,
    IHttpContextAccessor http)
{
    /// <summary>The queued message, or null when the workflow has no e-mail for this status.</summary>
    /// <exception cref="EmailValidationException">The outbox refused the message.</exception>
    public async Task<OutboxMessage?> SendForStatusAsync(ContentItem registration)
    {
        var status = RegistrationFactory.Status(registration) ?? RegistrationStatus.Pending;
        var instance = await FindInstanceAsync(registration.ContentItemId);
        var edition = await editions.ReadAsync(RegistrationProperties.EditionId(registration));
        var typeId = instance?.WorkflowTypeId ?? (await forms.FindAsync(edition))?.WorkflowTypeId;
        var type = typeId is null ? null : await types.GetAsync(typeId);
        if (type is null || FindStep(type, status) is not { } step || library.Create(step.Name, services) is not { } activity)
        {
            return null;
        }

        var workflow = new WorkflowExecutionContext(type, instance ?? new WorkflowInstance
        {
            WorkflowTypeId = type.WorkflowTypeId,
            CorrelationId = registration.ContentItemId,
        }, services, http.HttpContext);
        RegistrationProperties.Apply(workflow, registration, edition);
        return await mailer.QueueAsync(workflow, new ActivityContext(step, activity, [], workflow.Culture));
    }

    /// <summary>The RegistrationEmailTask reached from the step that gives <paramref name="status"/>.</summary>
    public static ActivityRecord? FindStep(WorkflowType type, string status)
    {
        var sources = status switch
        {
            RegistrationStatus.Pending or RegistrationStatus.Waiting => type.Activities
                .Where(a => a.Name == "RegisterForEditionTask")
                .Select(a => (a.ActivityId, Outcome: status == RegistrationStatus.Pending ? "Pending" : "Waiting")),
            _ => type.Activities
                .Where(a => a.Name == "SetRegistrationStatusTask" && JsonPaths.GetString(a.Properties, "Status") == status)
                .Select(a => (a.ActivityId, Outcome: "Done")),
        };
        return sources
            .SelectMany(s => type.Transitions.Where(t => t.SourceActivityId == s.ActivityId && t.SourceOutcomeName == s.Outcome))
            .Select(t => type.GetActivity(t.DestinationActivityId))
            .FirstOrDefault(a => a?.Name == "RegistrationEmailTask");
    }

    private async Task<WorkflowInstance?> FindInstanceAsync(string registrationId)
    {
        var workflowId = await session.QueryFirstOrDefaultAsync<string?>(
            "SELECT WorkflowId FROM WorkflowIndex WHERE CorrelationId = @registrationId ORDER BY DocumentId DESC LIMIT 1", new { registrationId });
        return workflowId is null ? null : await workflows.GetAsync(workflowId);
    }
}
