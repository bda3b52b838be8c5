using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Media;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Media;

/// <summary>The media library: its files, an upload form (type and size checked) and deletion.</summary>
public sealed class IndexModel(MediaLibrary library) : AdminPageModel
{
    public IReadOnlyList<string> Files { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageMedia))
        {
            return Forbid();
        }

        Files = library.List();
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files)
    {
        if (!await CanAsync(Permissions.ManageMedia))
        {
            return Forbid();
        }

        var saved = new List<string>();
        foreach (var file in files)
        {
            var result = await library.SaveAsync(file, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                saved.Add(result.Path!);
            }
            else
            {
                Errors.Add($"{file.FileName} : {result.Error}");
            }
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Files = library.List();
            return Page();
        }

        Flash(T["Fichier(s) ajouté(s) : {0}", string.Join(", ", saved)]);
        return Redirect("/admin/media");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string path)
    {
        if (!await CanAsync(Permissions.ManageMedia))
        {
            return Forbid();
        }

        Flash(library.Delete(path) ? T["Fichier supprimé."] : T["Fichier introuvable."]);
        return Redirect("/admin/media");
    }
}
