using System.Globalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Lists;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Web.Display;

/// <summary>
/// What Orchard's list and taxonomy parts add to a content page: an item with a ListPart gets <c>Model.ListItems</c>
/// (its contained items, newest first, <c>ListPartSettings.PageSize</c> a page, default 10) and a taxonomy term
/// (TermPart) the items tagged with it, each as its rendered Summary HTML; both get <c>Model.Pager</c>
/// <c>{Page, Previous, Next}</c> (query string <c>?page=</c>).
/// </summary>
public sealed class ContentBlockModels(ContainedItemsQuery query, ContentDefinitionManager definitions, ContentDisplayManager display)
{
    private const int DefaultPageSize = 10;

    public async Task AddAsync(ContentItem item, Dictionary<string, object?> extra, HttpContext http)
    {
        var isList = item.GetPart("ListPart") is not null;
        if (!isList && item.GetPart("TermPart") is null)
        {
            return;
        }

        var page = int.TryParse(http.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 100_000 ? p : 1;
        var pageSize = isList ? await PageSizeAsync(item.ContentType) : DefaultPageSize;
        var (items, hasMore) = isList
            ? await query.ListAsync(item.ContentItemId, page, pageSize)
            : await query.TaggedAsync(item.ContentItemId, page, pageSize);
        var summaries = new List<string>();
        foreach (var contained in items)
        {
            summaries.Add(await display.RenderContentAsync(contained, TemplateAlternates.Summary) ?? "");
        }

        var path = http.Request.Path.Value;
        extra["ListItems"] = summaries;
        extra["Pager"] = new Dictionary<string, object?>
        {
            ["Page"] = page,
            ["Previous"] = page > 1 ? $"{path}?page={page - 1}" : null,
            ["Next"] = hasMore ? $"{path}?page={page + 1}" : null,
        };
    }

    private async Task<int> PageSizeAsync(string contentType)
    {
        var type = await definitions.GetTypeDefinitionAsync(contentType);
        var settings = type?.ContentTypePartDefinitionRecords.Find(p => p.PartName == "ListPart")?.Settings;
        return JsonPaths.GetDecimal(settings, "ListPartSettings", "PageSize") is { } size && size is >= 1 and <= 100 ? (int)size : DefaultPageSize;
    }
}
