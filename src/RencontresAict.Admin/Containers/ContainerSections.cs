using System.Text.Json.Nodes;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Admin.Containers;

/// <summary>
/// Builds the <see cref="ContainerView"/> of an item: its flow's widgets (unless a module edits that type's items on
/// its own page, as the Forms module does a form's elements) and its list's items — every version's latest, drafts
/// too, newest first — with the types its <c>ListPartSettings.ContainedContentTypes</c> allow.
/// </summary>
public sealed class ContainerSections(
    ContentDefinitionManager definitions, ContentItemStore store, FlowWidgetEditing flows, IEnumerable<ContentEditorLink> links)
{
    public const int ListedItems = 50;

    public async Task<ContainerView> BuildAsync(ContentItem item)
    {
        var type = await definitions.GetTypeDefinitionAsync(item.ContentType);
        if (type is null || string.IsNullOrEmpty(item.ContentItemId))
        {
            return ContainerView.None;
        }

        var flowPart = links.Any(l => l.ContentType == item.ContentType) ? null : await flows.FlowPartOfAsync(item.ContentType);
        var listPart = type.ContentTypePartDefinitionRecords.Find(p => p.PartName == "ListPart");
        var containedTypes = new List<ContentTypeDefinitionRecord>();
        foreach (var name in (JsonPaths.Get(listPart?.Settings, "ListPartSettings", "ContainedContentTypes") as JsonArray)?.Select(t => t?.ToString()).OfType<string>() ?? [])
        {
            if (await definitions.GetTypeDefinitionAsync(name) is { } contained)
            {
                containedTypes.Add(contained);
            }
        }

        return new ContainerView(
            flowPart,
            flowPart is null ? [] : FlowWidgetEditing.Widgets(item, flowPart),
            flowPart is null ? [] : await flows.WidgetTypesAsync(item.ContentType),
            listPart is not null,
            listPart is null ? [] : await ListItemsAsync(item.ContentItemId),
            containedTypes);
    }

    /// <summary>The latest version of each item of the list, newest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListItemsAsync(string listContentItemId)
    {
        var ids = await store.Session.QueryAsync<long>(
            """
            SELECT DISTINCT f.DocumentId, i.CreatedUtc FROM ContentFieldIndex f JOIN ContentItemIndex i ON i.DocumentId = f.DocumentId
            WHERE f.ContentPart = 'ContainedPart' AND f.ContentField = 'ListContentItemId' AND f.Text = @id AND f.Latest = 1
            ORDER BY i.CreatedUtc DESC, f.DocumentId DESC LIMIT @take
            """,
            new { id = listContentItemId, take = ListedItems });
        return await store.LoadManyAsync(ids);
    }
}
