using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>
/// ContentPickerField: a select of the items of the field's DisplayedContentTypes the user may see (<see cref="ContentSearchQuery"/>),
/// filtered as one types in a search box (the /admin/api/content-search endpoint). Only ids of those items, or ids the
/// field already held, are kept.
/// </summary>
public sealed class ContentPickerFieldEditor(ContentSearchQuery query, IHttpContextAccessor http) : IFieldEditor
{
    public string FieldType => "ContentPickerField";

    public async Task<EditorInput> BuildAsync(FieldEditorContext context)
    {
        var selected = JsonPaths.GetStrings(context.Value, "ContentItemIds");
        var types = Types(context);
        var candidates = await CandidatesAsync(types);
        return new EditorInput
        {
            Key = context.Key,
            Label = context.Label,
            Hint = context.HintWith(JsonPaths.GetBoolean(context.TypeSettings, "Multiple") == true
                ? "Tapez quelques lettres du titre, puis choisissez (flèches et Entrée, ou clic) ; ajoutez-en autant qu'il faut."
                : "Tapez quelques lettres du titre, puis choisissez (flèches et Entrée, ou clic)."),
            Partial = "Picker",
            Multiple = JsonPaths.GetBoolean(context.TypeSettings, "Multiple") == true,
            Required = JsonPaths.GetBoolean(context.TypeSettings, "Required") == true,
            Options =
            [
                .. candidates.Select(c => new EditorOption(c.Id, c.Text, selected.Contains(c.Id))),
                .. selected.Where(id => !candidates.Any(c => c.Id == id)).Select(id => new EditorOption(id, id, true)),
            ],
            Attributes = new Dictionary<string, string> { ["data-types"] = string.Join(',', types) },
        };
    }

    public async Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var known = (await CandidatesAsync(Types(context))).Select(c => c.Id).Concat(JsonPaths.GetStrings(context.Value, "ContentItemIds")).ToHashSet();
        var ids = form.GetAll(context.Key).Where(known.Contains).Distinct().ToList();
        if (JsonPaths.GetBoolean(context.TypeSettings, "Multiple") != true && ids.Count > 1)
        {
            ids = ids.Take(1).ToList();
        }

        context.FieldObject()["ContentItemIds"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]);
    }

    private static IReadOnlyList<string> Types(FieldEditorContext context) => JsonPaths.GetStrings(context.TypeSettings, "DisplayedContentTypes");

    private async Task<IReadOnlyList<(string Id, string Text)>> CandidatesAsync(IReadOnlyList<string> types) =>
        http.HttpContext is { } request && await query.RunAsync(request.User, types, q: null, limit: null) is { } rows
            ? rows.Select(r => (r.Id, r.Text)).ToList()
            : [];
}
