using System.Text.Json.Nodes;
using RencontresAict.Admin.Localization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Admin.Editing;

/// <summary>
/// The editor of a content type, generated from its definition: each part with an editor of its own (title, address,
/// body), then each field of each part in Position order with the editor of its field type. Display names and hints
/// are the definitions' French ones, shown in the admin's language: translated by the PO files, keyed by the French text
/// (a definition is data, written once; its English is a translation like any other admin text).
/// </summary>
public sealed class ContentEditorBuilder(
    ContentDefinitionManager definitions,
    IEnumerable<IFieldEditor> fieldEditors,
    IEnumerable<IPartEditor> partEditors,
    EditorTimeZones zones,
    AdminLocalizer T)
{
    private readonly Dictionary<string, IFieldEditor> _fields = fieldEditors.ToDictionary(e => e.FieldType);
    private readonly Dictionary<string, IPartEditor> _parts = partEditors.ToDictionary(e => e.PartName);

    /// <param name="item">The version shown.</param>
    /// <param name="errors">What was refused, shown next to each field.</param>
    /// <param name="posted">The form just posted, when the editor is shown again after an error: a value that could not be read is shown as typed.</param>
    public async Task<IReadOnlyList<EditorGroup>> BuildAsync(ContentItem item, IReadOnlyList<ContentValidationError>? errors = null, EditorForm? posted = null)
    {
        var groups = new List<EditorGroup>();
        foreach (var (title, contexts) in await ContextsAsync(item))
        {
            var inputs = new List<EditorInput>();
            foreach (var (context, build, _) in contexts)
            {
                var input = await build(context);
                input.Errors = errors?.Where(e => e.Member == context.Key).Select(e => e.Message).ToList() ?? [];
                if (input.Errors.Count > 0 && posted is not null && posted.Has(context.Key) && input.Options.Count == 0)
                {
                    input.Value = posted.Get(context.Key);
                }

                inputs.Add(input);
            }

            groups.Add(new EditorGroup(title, inputs));
        }

        return groups;
    }

    /// <summary>Writes the posted values into the item; returns the values the form could not read.</summary>
    public async Task<IReadOnlyList<ContentValidationError>> ApplyAsync(ContentItem item, EditorForm form)
    {
        foreach (var (_, contexts) in await ContextsAsync(item))
        {
            foreach (var (context, _, read) in contexts)
            {
                await read(context, form);
            }
        }

        return form.Errors;
    }

    private async Task<List<(string Title, List<Slot> Slots)>> ContextsAsync(ContentItem item)
    {
        var all = await definitions.LoadAsync();
        var type = all.ContentTypeDefinitionRecords.Find(t => t.Name == item.ContentType)
            ?? throw new ContentDefinitionException($"Unknown content type '{item.ContentType}'.");
        var zone = await zones.ForAsync(item);
        var result = new List<(string, List<Slot>)>();
        var general = new List<Slot>();
        result.Add(("Général", general));
        foreach (var typePart in type.ContentTypePartDefinitionRecords.OrderBy(p => Position(p.Settings, "ContentTypePartSettings")))
        {
            var part = item.GetOrCreatePart(typePart.Name);
            if (_parts.TryGetValue(typePart.PartName, out var partEditor))
            {
                var context = new FieldEditorContext
                {
                    Item = item, Part = part, Name = partEditor.Property, Key = $"{typePart.Name}.{partEditor.Property}",
                    Label = T[JsonPaths.GetString(typePart.Settings, "ContentTypePartSettings", "DisplayName") ?? partEditor.Label], TimeZone = zone,
                };
                general.Add(new Slot(context, partEditor.BuildAsync, partEditor.ReadAsync));
            }

            var fields = all.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [];
            var inputs = new List<Slot>();
            foreach (var field in fields.OrderBy(f => Position(f.Settings, "ContentPartFieldSettings")))
            {
                if (!_fields.TryGetValue(field.FieldName, out var fieldEditor))
                {
                    continue;
                }

                var context = new FieldEditorContext
                {
                    Item = item, Part = part, Name = field.Name, Key = $"{typePart.Name}.{field.Name}", FieldType = field.FieldName,
                    Label = T[JsonPaths.GetString(field.Settings, "ContentPartFieldSettings", "DisplayName") ?? field.Name],
                    Hint = (JsonPaths.GetString(field.Settings, "ContentPartFieldSettings", "Description")
                        ?? JsonPaths.GetString(field.Settings, "ContentPartFieldSettings", "Hint")) is { } hint ? T[hint] : null,
                    Settings = field.Settings, TimeZone = zone,
                };
                inputs.Add(new Slot(context, fieldEditor.BuildAsync, fieldEditor.ReadAsync));
            }

            if (inputs.Count > 0)
            {
                var title = JsonPaths.GetString(typePart.Settings, "ContentTypePartSettings", "DisplayName")
                    ?? (typePart.Name == type.Name ? type.DisplayName : typePart.Name);
                result.Add((T[title], inputs));
            }
        }

        return result;
    }

    private sealed record Slot(FieldEditorContext Context, Func<FieldEditorContext, Task<EditorInput>> Build, Func<FieldEditorContext, EditorForm, Task> Read);

    private static int Position(JsonObject settings, string key) =>
        (int)(JsonPaths.GetDecimal(settings, key, "Position") ?? int.MaxValue);
}
