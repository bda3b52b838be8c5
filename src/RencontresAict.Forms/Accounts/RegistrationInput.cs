using System.Net.Mail;
using RencontresAict.Content.Setup;
using RencontresAict.Content.Text;
using RencontresAict.Forms.Validation;

namespace RencontresAict.Forms.Accounts;

/// <summary>
/// What a registration form posts under Orchard's names (<c>Email</c>, <c>UserName</c>, <c>Password</c>, and
/// <c>ConfirmPassword</c> when the form has it), cleaned and checked; each refusal is a French error on its field.
/// An address or a name is taken when an account has it in any spelling (NFKC, invisible characters, case).
/// </summary>
public sealed record RegistrationInput(string Email, string UserName, string Password)
{
    public const string EmailField = "Email";
    public const string UserNameField = "UserName";
    public const string PasswordField = "Password";
    public const string ConfirmPasswordField = "ConfirmPassword";

    /// <summary>The input, or null when <paramref name="state"/> received at least one error.</summary>
    public static RegistrationInput? Read(FormModelState state, IReadOnlyList<UserRecord> users, int minimumPasswordLength)
    {
        var email = TextNormalizer.WithoutInvisibles(state.GetValue(EmailField));
        var typedName = TextNormalizer.WithoutInvisibles(state.GetValue(UserNameField));
        var userName = typedName.Length > 0 ? typedName : email.Replace('@', '+');
        var password = state.GetValue(PasswordField) ?? "";
        var errors = state.ErrorCount;

        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            state.AddError(EmailField, "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
        }
        else if (users.Any(u => u.Email.Length > 0 && TextNormalizer.Key(u.Email) == TextNormalizer.Key(email)))
        {
            state.AddError(EmailField, "Un compte existe déjà avec cette adresse e-mail.");
        }

        if (userName.Length > 100 || TextNormalizer.HasControlCharacter(userName, allowLines: false))
        {
            state.AddError(UserNameField, "Le nom d'utilisateur compte au plus 100 caractères, sans retour à la ligne.");
        }
        else if (userName.Length > 0 && users.Any(u => TextNormalizer.Key(u.UserName) == TextNormalizer.Key(userName)))
        {
            state.AddError(typedName.Length > 0 ? UserNameField : EmailField, "Ce nom d'utilisateur est déjà pris : choisissez-en un autre.");
        }

        if (password.Length > 0 && password.Length < minimumPasswordLength)
        {
            state.AddError(PasswordField, $"Le mot de passe doit compter au moins {minimumPasswordLength} caractères.");
        }
        else if (state.GetValues(ConfirmPasswordField).Count > 0 && state.GetValue(ConfirmPasswordField) != password)
        {
            state.AddError(ConfirmPasswordField, "Les deux mots de passe ne sont pas identiques.");
        }

        return state.ErrorCount > errors ? null : new RegistrationInput(email, userName, password);
    }
}
