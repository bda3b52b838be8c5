using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Pages.Users;

/// <summary>
/// The admin's users with their roles and status; an account registered through a form with moderation waits here
/// for « Approuver » (it signs in only once approved, and once its e-mail address is confirmed).
/// </summary>
public sealed class IndexModel(UserStore users, DocumentSession session) : AdminPageModel
{
    public IReadOnlyList<UserRecord> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageUsers))
        {
            return Forbid();
        }

        Users = (await users.ListAsync()).OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(string id)
    {
        if (!await CanAsync(Permissions.ManageUsers))
        {
            return Forbid();
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        user.IsApproved = true;
        await users.SaveAsync(user);
        await session.SaveChangesAsync();
        Flash(T["Le compte {0} est approuvé.", user.UserName]);
        return Redirect("/admin/users");
    }

    public string Status(UserRecord user) =>
        !user.IsEnabled ? T["Désactivé"]
        : !user.IsApproved ? T["En attente d'approbation"]
        : !user.EmailConfirmed ? T["Adresse e-mail non confirmée"]
        : T["Actif"];
}
