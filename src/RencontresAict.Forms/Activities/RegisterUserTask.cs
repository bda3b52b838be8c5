using System.Net.Mail;
using Microsoft.Extensions.Logging;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// Orchard's RegisterUserTask (OrchardCore.Users) as far as this site goes: it has no visitor accounts, only the
/// staff's, so the posted <c>Email</c> is kept as a disabled user without roles or password (staff see who asked, in
/// Users; nobody can sign in with it), once per address. The confirmation e-mail Orchard would send
/// (<c>SendConfirmationEmail</c>) has no account to confirm here: it is not sent, and the log says so.
/// <c>Done</c> plus <c>Valid</c>; <c>Invalid</c> (with the field's error) when the address is not one.
/// </summary>
public sealed class RegisterUserTask(FormModelState state, UserStore users, IdGenerator ids, ILogger<RegisterUserTask> logger) : TaskActivity
{
    public const string EmailField = "Email";

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Valid", "Invalid"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        if (!state.IsBound && workflow.HttpContext?.Request is { HasFormContentType: true } request)
        {
            state.Bind(await request.ReadFormAsync());
        }

        var posted = state.GetValues(EmailField);
        var email = posted.Count > 0 ? posted[0].Trim() : "";
        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            state.AddError(EmailField, "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
            return Outcomes("Done", "Invalid");
        }

        if (!await users.IsTakenAsync(email, email))
        {
            await users.SaveAsync(new UserRecord
            {
                UserId = ids.GenerateUniqueId(), UserName = email, Email = email, IsEnabled = false, SecurityStamp = ids.GenerateUniqueId(),
            });
        }

        if (activity.GetBoolean("SendConfirmationEmail", false))
        {
            logger.LogInformation("RegisterUserTask of workflow {WorkflowTypeId}: this site has no visitor accounts to confirm; no confirmation e-mail is sent.",
                workflow.WorkflowType.WorkflowTypeId);
        }

        return Outcomes("Done", "Valid");
    }
}
