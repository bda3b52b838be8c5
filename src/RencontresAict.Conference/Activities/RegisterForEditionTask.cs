using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Registrations;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Activities;

/// <summary>
/// Registers the poster for an edition (<c>Edition</c>, Liquid: an id; empty: the form's edition, else the current
/// one). Outcomes: <c>Closed</c> (outside the registration window, or not the current edition), <c>Duplicate</c> (the normalised e-mail already has a
/// live registration: nothing is stored, the variables describe the existing one, so a reminder can go to it),
/// <c>Pending</c> (a seat is free) or <c>Waiting</c> (the edition's Capacity is reached). The check and the insert are
/// one step under a lock (the address's, or the edition's when seats are counted); the new Registration (a draft: never public) becomes the correlation id. It keeps
/// the form's language (<c>Culture</c>), and so does the workflow: the steps after this one speak it.
/// </summary>
public sealed class RegisterForEditionTask(
    FormModelState state,
    RegistrationStore registrations,
    RegistrationFactory factory,
    EditionFactsReader editions,
    RegistrationWindow window,
    ContentManager content,
    WorkflowExpressionEvaluator expressions,
    TimeProvider clock) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Pending", "Waiting", "Duplicate", "Closed"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var configured = (await expressions.EvaluateAsync(activity.GetExpression("Edition"), workflow)).Trim();
        var edition = await editions.ReadAsync(configured.Length > 0 ? configured : (state.Form is { } form ? RegistrationFormPart.EditionIdOf(form) : null))
            ?? throw new InvalidOperationException("RegisterForEditionTask found no edition to register for.");
        if (!(await window.CheckAsync(edition.Id)).IsOpen)
        {
            return Outcomes("Closed");
        }

        if (!state.IsBound && workflow.HttpContext?.Request is { HasFormContentType: true } request)
        {
            state.Bind(await request.ReadFormAsync());
        }

        var email = state.GetValue("Email")?.Trim() ?? "";
        if (!FormValidator.IsEmail(email))
        {
            throw new InvalidOperationException("RegisterForEditionTask needs a valid posted Email; validate the form first.");
        }

        // The item is built before the edition's lock (on SQLite, the write turn), which is held only for the checks and writes.
        var names = state.Form?.Fields.Select(f => f.Name!).ToHashSet(StringComparer.Ordinal)
            ?? workflow.HttpContext?.Request.Form.Keys.ToHashSet(StringComparer.Ordinal) ?? [];
        var item = await factory.NewAsync(edition.Id, RegistrationStatus.Pending, state.GetValues, names, state.Form?.Culture);

        await registrations.LockForRegistrationAsync(edition.Id, email, seatsCounted: edition.Capacity is not null);
        if (await registrations.FindLiveAsync(edition.Id, email) is { } existing)
        {
            RegistrationProperties.Apply(workflow, existing, edition);
            return Outcomes("Duplicate");
        }

        var full = edition.Capacity is { } capacity && await registrations.CountSeatsTakenAsync(edition.Id) >= capacity;
        if (full)
        {
            RegistrationFactory.SetStatus(item, RegistrationStatus.Waiting, clock.GetUtcNow());
        }

        await content.CreateAsync(item, publish: false);

        workflow.CorrelationId = item.ContentItemId;
        workflow.LastResult = item;
        RegistrationProperties.Apply(workflow, item, edition);
        return Outcomes(full ? "Waiting" : "Pending");
    }
}
