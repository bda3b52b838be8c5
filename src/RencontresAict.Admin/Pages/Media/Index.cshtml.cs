using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Media;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Media;

/// <summary>
/// The media library: its files, an upload form (type and size checked) and deletion. ManageOwnMedia uploads and deletes
/// the files one uploaded oneself; ManageMedia deletes any file, including those no one is recorded as having uploaded.
/// </summary>
public sealed class IndexModel(MediaLibrary library, MediaOwnerStore owners, DocumentSession session) : AdminPageModel
{
    public IReadOnlyList<string> Files { get; private set; } = [];

    /// <summary>The files this user may delete (the others are listed without a button).</summary>
    public IReadOnlySet<string> Deletable { get; private set; } = new HashSet<string>();

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageOwnMedia))
        {
            return Forbid();
        }

        await ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files)
    {
        if (!await CanAsync(Permissions.ManageOwnMedia))
        {
            return Forbid();
        }

        var saved = new List<string>();
        foreach (var file in files)
        {
            var result = await library.SaveAsync(file, PermissionService.UserIdOf(User), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                saved.Add(result.Path!);
            }
            else
            {
                Errors.Add($"{file.FileName} : {result.Error}");
            }
        }

        await session.SaveChangesAsync();
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await ListAsync();
            return Page();
        }

        Flash(T["Fichier(s) ajouté(s) : {0}", string.Join(", ", saved)]);
        return Redirect("/admin/media");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string path)
    {
        if (!await CanDeleteAsync(path))
        {
            return Forbid();
        }

        var deleted = await library.DeleteAsync(path);
        await session.SaveChangesAsync();
        Flash(deleted ? T["Fichier supprimé."] : T["Fichier introuvable."]);
        return Redirect("/admin/media");
    }

    private async Task<bool> CanDeleteAsync(string path) =>
        await CanAsync(Permissions.ManageMedia)
        || (await CanAsync(Permissions.ManageOwnMedia) && PermissionService.UserIdOf(User) is { } me && await library.OwnerOfAsync(path) == me);

    private async Task ListAsync()
    {
        Files = library.List();
        Deletable = await CanAsync(Permissions.ManageMedia)
            ? Files.ToHashSet(StringComparer.Ordinal)
            : PermissionService.UserIdOf(User) is { } me ? await owners.PathsOwnedByAsync(me) : new HashSet<string>();
    }
}
