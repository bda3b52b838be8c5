using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RencontresAict.Admin.Accounts;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Pages.Users;

/// <summary>Creates a user or changes one: e-mail, roles, enabled; a password typed here replaces theirs.</summary>
public sealed class EditModel(
    UserStore users,
    RoleStore roles,
    AdminSignInService accounts,
    DocumentSession session,
    IdGenerator ids,
    IOptions<AdminAccountOptions> options) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public bool IsEnabled { get; set; } = true;

    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string ConfirmPassword { get; set; } = "";

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public string? Error { get; private set; }

    public bool IsNew => string.IsNullOrEmpty(Id);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageUsers))
        {
            return Forbid();
        }

        if (!IsNew)
        {
            var user = await users.FindByIdAsync(Id!);
            if (user is null)
            {
                return NotFound();
            }

            (UserName, Email, Roles, IsEnabled) = (user.UserName, user.Email, user.Roles, user.IsEnabled);
        }

        await LoadRolesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await CanAsync(Permissions.ManageUsers))
        {
            return Forbid();
        }

        var user = IsNew ? new UserRecord { UserId = ids.GenerateUniqueId(), SecurityStamp = AdminSignInService.NewSecurityStamp() } : await users.FindByIdAsync(Id!);
        if (user is null)
        {
            return NotFound();
        }

        await LoadRolesAsync();
        UserName = UserName.Trim();
        Email = Email.Trim();
        Error = await CheckAsync(user);
        if (Error is not null)
        {
            return Page();
        }

        var statusChanged = user.IsEnabled != IsEnabled;
        (user.UserName, user.Email, user.IsEnabled) = (UserName, Email, IsEnabled);
        user.Roles = Roles.Where(AllRoles.Contains).Distinct().ToList();
        if (statusChanged)
        {
            user.SecurityStamp = AdminSignInService.NewSecurityStamp();
        }

        if (NewPassword.Length > 0)
        {
            await accounts.SetPasswordAsync(user, NewPassword);
        }
        else
        {
            await users.SaveAsync(user);
            await session.SaveChangesAsync();
        }

        Flash(T["L'utilisateur {0} a été enregistré.", user.UserName]);
        return Redirect("/admin/users");
    }

    private async Task<string?> CheckAsync(UserRecord user)
    {
        if (UserName.Length == 0)
        {
            return T["Le nom d'utilisateur est obligatoire."];
        }

        if (Email.Length > 0 && !System.Net.Mail.MailAddress.TryCreate(Email, out _))
        {
            return T["L'adresse e-mail n'est pas valide."];
        }

        if (await users.IsTakenAsync(UserName, Email, user.UserId))
        {
            return T["Ce nom d'utilisateur ou cette adresse e-mail est déjà utilisé."];
        }

        if (user.UserId == PermissionService.UserIdOf(User) && !IsEnabled)
        {
            return T["Vous ne pouvez pas désactiver votre propre compte."];
        }

        return (IsNew || NewPassword.Length > 0) ? PasswordRules.Check(NewPassword, ConfirmPassword, options.Value, T) : null;
    }

    private async Task LoadRolesAsync() =>
        AllRoles = (await roles.GetAsync()).Roles.Select(r => r.Name).Where(n => !RoleNames.System.Contains(n)).ToList();
}
