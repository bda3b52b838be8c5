using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using RencontresAict.Admin.Accounts;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;
using RencontresAict.Forms.Accounts;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// Orchard's RegisterUserTask (OrchardCore.Users): creates an account from the posted <c>Email</c>, <c>UserName</c>
/// (else the address with « + » for « @ », as Orchard) and <c>Password</c> (hashed as the staff's; none: the person
/// chooses one through « Mot de passe oublié »), without roles. <c>SendConfirmationEmail</c> (Orchard's default: true)
/// queues in the outbox an e-mail whose link confirms the address (<c>Workflow.Properties.EmailConfirmationUrl</c> in
/// <c>ConfirmationEmailSubject</c> and <c>ConfirmationEmailTemplate</c>, Liquid); <c>RequireModeration</c> waits for an
/// administrator's « Approuver » in Users. The account signs in only once both are done. <c>Done</c> plus
/// <c>Valid</c>, or <c>Invalid</c> with French errors on the form's fields (an address or name already taken).
/// </summary>
public sealed class RegisterUserTask(
    FormModelState state,
    UserStore users,
    IdGenerator ids,
    PasswordVerifier passwords,
    IOptions<AdminAccountOptions> accounts,
    EmailConfirmationLinks links,
    WorkflowExpressionEvaluator expressions,
    EmailOutbox outbox) : TaskActivity
{
    public const string ConfirmationUrlProperty = "EmailConfirmationUrl";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Valid", "Invalid"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        if (!state.IsBound && workflow.HttpContext?.Request is { HasFormContentType: true } request)
        {
            state.Bind(await request.ReadFormAsync());
        }

        if (RegistrationInput.Read(state, await users.ListAsync(), accounts.Value.MinimumPasswordLength) is not { } input)
        {
            return Outcomes("Done", "Invalid");
        }

        var sendConfirmation = activity.GetBoolean("SendConfirmationEmail", true);
        var user = new UserRecord
        {
            UserId = ids.GenerateUniqueId(), UserName = input.UserName, Email = input.Email, SecurityStamp = AdminSignInService.NewSecurityStamp(),
            EmailConfirmed = !sendConfirmation, IsApproved = !activity.GetBoolean("RequireModeration", false),
        };
        if (input.Password.Length > 0)
        {
            user.PasswordHash = passwords.Hash(user, input.Password);
        }

        if (sendConfirmation)
        {
            try
            {
                // Queued before the account is stored: an address the outbox refuses leaves no account without its link.
                await SendConfirmationAsync(workflow, activity, user);
            }
            catch (EmailValidationException)
            {
                state.AddError(RegistrationInput.EmailField, "Aucun e-mail ne peut être envoyé à cette adresse : vérifiez-la.");
                return Outcomes("Done", "Invalid");
            }
        }

        await users.SaveAsync(user);
        return Outcomes("Done", "Valid");
    }

    private async Task SendConfirmationAsync(WorkflowExecutionContext workflow, ActivityContext activity, UserRecord user)
    {
        var link = await links.CreateAsync(user);
        workflow.Properties[ConfirmationUrlProperty] = link;
        var subject = (await expressions.EvaluateAsync(activity.GetExpression("ConfirmationEmailSubject"), workflow)).Trim();
        var body = await expressions.EvaluateAsync(activity.GetExpression("ConfirmationEmailTemplate"), workflow, Html);
        await outbox.EnqueueAsync(new OutboxMessage
        {
            To = [user.Email],
            Subject = subject.Length > 0 ? subject : "Confirmez votre adresse e-mail",
            HtmlBody = body.Trim().Length > 0 ? body
                : $"<p>Bonjour,</p><p>Pour activer votre compte, confirmez votre adresse e-mail : <a href=\"{Html.Encode(link)}\">{Html.Encode(link)}</a></p>"
                    + $"<p>Ce lien est valable {EmailConfirmationLinks.Lifetime.TotalDays:0} jours. Si vous n'avez rien demandé, ignorez ce message.</p>",
        });
    }
}
