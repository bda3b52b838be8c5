using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Pages;
using RencontresAict.Content.Documents;
using RencontresAict.Conference.Editions;

namespace RencontresAict.Conference.Pages.Editions;

/// <summary>The base of the edition pages: each action checks a permission on the Edition type; a refused request stores nothing.</summary>
public abstract class EditionsPageModel : AdminPageModel
{
    public string? Error { get; protected set; }

    protected async Task<IActionResult?> RefuseUnlessAllowedAsync(string permission) =>
        await CanForTypeAsync(permission, EditionDirectory.ContentType) ? null : Forbid();

    /// <summary>Runs <paramref name="work"/> and saves it, or shows its one French line and stores nothing.</summary>
    protected async Task<bool> TryAsync(DocumentSession session, Func<Task> work)
    {
        try
        {
            await work();
            await session.SaveChangesAsync();
            return true;
        }
        catch (EditionRequestException e)
        {
            await session.RollbackAsync();
            Error = e.French;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return false;
        }
    }
}
