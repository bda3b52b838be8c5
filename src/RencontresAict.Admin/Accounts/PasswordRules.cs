using RencontresAict.Admin.Localization;

namespace RencontresAict.Admin.Accounts;

/// <summary>What a new password must be: long enough, and typed twice the same.</summary>
public static class PasswordRules
{
    public static string? Check(string password, string confirmation, AdminAccountOptions options, AdminLocalizer T)
    {
        if (string.IsNullOrEmpty(password) || password.Length < options.MinimumPasswordLength)
        {
            return T["Le mot de passe doit compter au moins {0} caractères.", options.MinimumPasswordLength];
        }

        return password != confirmation ? T["Les deux mots de passe ne sont pas identiques."] : null;
    }
}
