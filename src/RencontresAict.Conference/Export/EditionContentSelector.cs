using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Conference.Export;

/// <summary>
/// Chooses the items of one edition for an export, by a rule simple enough to state here:
/// (1) the <c>Edition</c> item whose numeric field (<c>Number</c> preferred) equals the number;
/// (2) every item with a ContentPickerField named <c>Edition</c> or <c>Editions</c> that picks it (sessions, …), and
/// every item whose AutoroutePart path lies under the edition's own path (<c>2023/inscription</c>, <c>2023/mentions-legales</c>);
/// (3) every item picked by a ContentPickerField of (1) or (2): venue, organiser, signatory, partners, speakers;
/// (4) the taxonomies used by TaxonomyFields of all of these (their terms are inside them).
/// Other editions picked in (3) come alone, without their own sessions.
/// </summary>
internal sealed class EditionContentSelector(ContentDefinitionDocument definitions)
{
    public IReadOnlyList<ContentItem> Select(IReadOnlyList<ContentItem> items, int editionNumber)
    {
        var edition = items.Where(i => i.ContentType == "Edition")
            .FirstOrDefault(i => NumberOf(i) == editionNumber)
            ?? throw new InvalidOperationException($"No Edition item has the number {editionNumber}.");

        var selected = new HashSet<string>(StringComparer.Ordinal) { edition.ContentItemId };
        var belonging = items.Where(i => Fields(i, "ContentPickerField")
            .Any(f => f.Field.Name is "Edition" or "Editions" && Ids(f.Value, "ContentItemIds").Contains(edition.ContentItemId))
            || IsUnder(i, edition)).ToList();
        selected.UnionWith(belonging.Select(i => i.ContentItemId));

        foreach (var item in items.Where(i => i.ContentItemId == edition.ContentItemId).Concat(belonging).ToList())
        {
            foreach (var (_, _, value) in Fields(item, "ContentPickerField"))
            {
                selected.UnionWith(Ids(value, "ContentItemIds"));
            }
        }

        foreach (var item in items.Where(i => selected.Contains(i.ContentItemId)).ToList())
        {
            foreach (var (field, settings, value) in Fields(item, "TaxonomyField"))
            {
                AddIfAny(selected, JsonPaths.GetString(value, "TaxonomyContentItemId"));
                AddIfAny(selected, JsonPaths.GetString(field.Settings, "TaxonomyFieldSettings", "TaxonomyContentItemId"));
                AddIfAny(selected, JsonPaths.GetString(settings, "TaxonomyFieldSettings", "TaxonomyContentItemId"));
            }
        }

        return items.Where(i => selected.Contains(i.ContentItemId)).ToList();
    }

    private decimal? NumberOf(ContentItem edition)
    {
        var numbers = Fields(edition, "NumericField").ToList();
        var preferred = numbers.Find(f => f.Field.Name == "Number");
        return preferred.Field is not null
            ? JsonPaths.GetDecimal(preferred.Value, "Value")
            : numbers.Select(f => JsonPaths.GetDecimal(f.Value, "Value")).FirstOrDefault(n => n is not null);
    }

    /// <summary>The fields of a given type on an item: definition, settings on the type part, and value.</summary>
    private IEnumerable<(ContentPartFieldDefinitionRecord Field, JsonObject TypePartSettings, JsonNode? Value)> Fields(ContentItem item, string fieldType)
    {
        var type = definitions.ContentTypeDefinitionRecords.Find(t => t.Name == item.ContentType);
        foreach (var typePart in type?.ContentTypePartDefinitionRecords ?? [])
        {
            var part = definitions.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName);
            foreach (var field in part?.ContentPartFieldDefinitionRecords.Where(f => f.FieldName == fieldType) ?? [])
            {
                yield return (field, typePart.Settings, JsonPaths.Get(item.Content, typePart.Name, field.Name));
            }
        }
    }

    private static bool IsUnder(ContentItem item, ContentItem edition) =>
        JsonPaths.GetString(edition.Content, "AutoroutePart", "Path")?.Trim('/') is { Length: > 0 } root
        && (JsonPaths.GetString(item.Content, "AutoroutePart", "Path")?.Trim('/') ?? "").StartsWith(root + "/", StringComparison.Ordinal);

    private static IReadOnlyList<string> Ids(JsonNode? value, string key) => JsonPaths.GetStrings(value, key);

    private static void AddIfAny(HashSet<string> ids, string? id)
    {
        if (!string.IsNullOrEmpty(id))
        {
            ids.Add(id);
        }
    }
}
