using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>LinkField: an address (http, https, mailto or a path of the site) and its text.</summary>
public sealed class LinkFieldEditor : IFieldEditor
{
    public string FieldType => "LinkField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Hint = context.HintWith("Une adresse complète (https://…) ou une page du site (/programme)."),
        Partial = "Link",
        Value = JsonPaths.GetString(context.Value, "Url"),
        SecondValue = JsonPaths.GetString(context.Value, "Text"),
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var url = form.Get(context.Key).Trim();
        var isSafe = url.Length == 0 || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto");
        if (!isSafe)
        {
            form.Fail(context.Key, $"« {context.Label} » : adresse attendue en http://, https://, mailto: ou commençant par /.");
            return Task.CompletedTask;
        }

        var field = context.FieldObject();
        field["Url"] = url;
        field["Text"] = form.Get(context.Key + ".Text").Trim();
        return Task.CompletedTask;
    }
}
