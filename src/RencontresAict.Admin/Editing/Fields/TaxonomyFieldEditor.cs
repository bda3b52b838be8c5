using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>TaxonomyField: a checkbox per term of the field's taxonomy (radio buttons when the field is Unique).</summary>
public sealed class TaxonomyFieldEditor(ContentManager contents) : IFieldEditor
{
    public string FieldType => "TaxonomyField";

    public async Task<EditorInput> BuildAsync(FieldEditorContext context)
    {
        var selected = JsonPaths.GetStrings(context.Value, "TermContentItemIds");
        var terms = await TermsAsync(context);
        return new EditorInput
        {
            Key = context.Key,
            Label = context.Label,
            Hint = context.Hint,
            Partial = "Taxonomy",
            Multiple = JsonPaths.GetBoolean(context.TypeSettings, "Unique") != true,
            Options = [.. terms.Select(t => new EditorOption(t.Id, t.Text, selected.Contains(t.Id)))],
        };
    }

    public async Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var known = (await TermsAsync(context)).Select(t => t.Id).ToHashSet();
        var ids = form.GetAll(context.Key).Where(known.Contains).Distinct().ToList();
        var field = context.FieldObject();
        field["TaxonomyContentItemId"] = JsonPaths.GetString(context.TypeSettings, "TaxonomyContentItemId");
        field["TermContentItemIds"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]);
    }

    private async Task<IReadOnlyList<(string Id, string Text)>> TermsAsync(FieldEditorContext context)
    {
        var taxonomyId = JsonPaths.GetString(context.TypeSettings, "TaxonomyContentItemId");
        var taxonomy = taxonomyId is null ? null : await contents.GetAsync(taxonomyId, VersionOptions.Latest);
        var terms = JsonPaths.Get(taxonomy?.Content, "TaxonomyPart", "Terms") as JsonArray ?? [];
        return terms.OfType<JsonObject>()
            .Select(t => (Id: JsonPaths.GetString(t, "ContentItemId") ?? "", Text: JsonPaths.GetString(t, "DisplayText") ?? JsonPaths.GetString(t, "TitlePart", "Title") ?? ""))
            .Where(t => t.Id.Length > 0)
            .ToList();
    }
}
