using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RencontresAict.Admin.Media;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>MediaField: pick files of the media library, or upload one (checked and owned as every upload of the library).</summary>
public sealed class MediaFieldEditor(MediaLibrary library, IHttpContextAccessor http) : IFieldEditor
{
    public string FieldType => "MediaField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context)
    {
        var selected = JsonPaths.GetStrings(context.Value, "Paths");
        var files = library.List().Union(selected).ToList();
        return Task.FromResult(new EditorInput
        {
            Key = context.Key,
            Label = context.Label,
            Hint = context.HintWith(JsonPaths.GetBoolean(context.TypeSettings, "Multiple") == true
                ? "Cochez les fichiers de la médiathèque, ou envoyez-en un nouveau."
                : "Choisissez un fichier de la médiathèque, ou envoyez-en un nouveau."),
            Partial = "Media",
            Multiple = JsonPaths.GetBoolean(context.TypeSettings, "Multiple") == true,
            Options = [.. files.Select(f => new EditorOption(f, f, selected.Contains(f)))],
        });
    }

    public async Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var existing = library.List().ToHashSet();
        var paths = form.GetAll(context.Key).Where(existing.Contains).Distinct().ToList();
        if (form.File(context.Key + ".Upload") is { Length: > 0 } upload)
        {
            var uploader = http.HttpContext is { } request ? PermissionService.UserIdOf(request.User) : null;
            var result = await library.SaveAsync(upload, uploader);
            if (!result.Succeeded)
            {
                form.Fail(context.Key, result.Error!);
                return;
            }

            paths.Insert(0, result.Path!);
        }

        if (JsonPaths.GetBoolean(context.TypeSettings, "Multiple") != true && paths.Count > 1)
        {
            paths = paths.Take(1).ToList();
        }

        var field = context.FieldObject();
        field["Paths"] = new JsonArray([.. paths.Select(p => (JsonNode)p)]);
        field["MediaTexts"] = new JsonArray([.. paths.Select(_ => (JsonNode)"")]);
    }
}
