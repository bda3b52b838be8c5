using RencontresAict.Conference.Registrations;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Activities;

/// <summary>
/// EmailTask for registrations: the same properties (Recipients — default the registration's e-mail —, Cc, Bcc,
/// ReplyTo, Author, Subject, Body HTML-encoded, BodyText) queued in the outbox in the workflow's transaction, plus
/// <c>AttachEditionCalendar</c>: the edition as an iCalendar file (<see cref="RegistrationEmailBuilder"/>). <c>Done</c>,
/// or <c>Failed</c> when the outbox refuses the message (no or bad address, a header with a line break).
/// </summary>
public sealed class RegistrationEmailTask(RegistrationMailer mailer) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        try
        {
            workflow.LastResult = (await mailer.QueueAsync(workflow, activity)).MessageId;
            return Outcomes("Done");
        }
        catch (EmailValidationException ex)
        {
            workflow.LastResult = ex.Message;
            return Outcomes("Failed");
        }
    }
}
