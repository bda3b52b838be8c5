using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>
/// ContentPickerField: a select of the latest items of the field's DisplayedContentTypes, filtered as one types in a
/// search box (the /admin/api/content-search endpoint). Only ids of those types are kept.
/// </summary>
public sealed class ContentPickerFieldEditor(DocumentSession session) : IFieldEditor
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
            Hint = context.Hint,
            Partial = "Picker",
            Multiple = JsonPaths.GetBoolean(context.TypeSettings, "Multiple") == true,
            Required = JsonPaths.GetBoolean(context.TypeSettings, "Required") == true,
            Options = [.. candidates.Select(c => new EditorOption(c.Id, c.Text, selected.Contains(c.Id)))],
            Attributes = new Dictionary<string, string> { ["data-types"] = string.Join(',', types) },
        };
    }

    public async Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var known = (await CandidatesAsync(Types(context))).Select(c => c.Id).ToHashSet();
        var ids = form.GetAll(context.Key).Where(known.Contains).Distinct().ToList();
        if (JsonPaths.GetBoolean(context.TypeSettings, "Multiple") != true && ids.Count > 1)
        {
            ids = ids.Take(1).ToList();
        }

        context.FieldObject()["ContentItemIds"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]);
    }

    private static IReadOnlyList<string> Types(FieldEditorContext context) => JsonPaths.GetStrings(context.TypeSettings, "DisplayedContentTypes");

    private async Task<IReadOnlyList<(string Id, string Text)>> CandidatesAsync(IReadOnlyList<string> types)
    {
        var parameters = new Dapper.DynamicParameters();
        for (var i = 0; i < types.Count; i++)
        {
            parameters.Add("t" + i, types[i]);
        }

        var filter = types.Count == 0 ? "" : $" AND ContentType IN ({string.Join(", ", types.Select((_, i) => "@t" + i))})";
        var rows = await session.QueryAsync<(string ContentItemId, string? DisplayText)>(
            "SELECT ContentItemId, DisplayText FROM ContentItemIndex WHERE Latest = 1" + filter + " ORDER BY DisplayText", parameters);
        return rows.Select(r => (r.ContentItemId, r.DisplayText ?? r.ContentItemId)).ToList();
    }
}
