using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes.Steps;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Navigation;

/// <summary>
/// The admin menus an Orchard <c>AdminMenu</c> step stored: each enabled menu's enabled <c>LinkAdminNode</c>s become
/// links, those inside a <c>PlaceholderAdminNode</c> in a section named by it (else by the menu's name). Orchard's item
/// URLs (<c>Admin/Contents/ContentItems/{id}/Edit</c> or <c>/Display</c>) lead to this admin's editor of that item;
/// the list of items leads to the admin's home; other relative URLs are kept site-relative. Content-type nodes are left out: the Contenus section lists the types.
/// </summary>
public sealed partial class RecipeAdminMenuProvider(DocumentSession session, ContentManager content) : IAdminMenuProvider
{
    public async Task<IEnumerable<AdminMenuEntry>> GetEntriesAsync()
    {
        var entries = new List<AdminMenuEntry>();
        foreach (var (_, menu) in await KeyedStepDocument.LoadAsync(session, AdminMenuStepHandler.DocumentType))
        {
            if (menu is JsonObject obj && JsonPaths.GetBoolean(obj, "Enabled") != false)
            {
                await AddAsync(entries, JsonPaths.GetString(obj, "Name") ?? "Menu", obj["MenuItems"] as JsonArray);
            }
        }

        return entries;
    }

    private async Task AddAsync(List<AdminMenuEntry> entries, string section, JsonArray? nodes)
    {
        foreach (var node in nodes?.OfType<JsonObject>() ?? [])
        {
            if (JsonPaths.GetBoolean(node, "Enabled") == false)
            {
                continue;
            }

            var kind = JsonPaths.GetString(node, "$type")?.Split(',')[0].Split('.')[^1];
            var text = JsonPaths.GetString(node, "LinkText") ?? "";
            if (kind == "LinkAdminNode" && await UrlOfAsync(JsonPaths.GetString(node, "LinkUrl")) is { } url)
            {
                entries.Add(new AdminMenuEntry(section, text, url, Permissions.AccessAdminPanel, entries.Count) { SectionPosition = 50 });
            }
            else if (kind == "PlaceholderAdminNode")
            {
                await AddAsync(entries, text, node["Items"] as JsonArray);
            }
        }
    }

    private async Task<string?> UrlOfAsync(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var match = OrchardItemUrl().Match(url);
        if (match.Success)
        {
            var id = match.Groups["id"].Value;
            return await content.GetAsync(id, VersionOptions.Latest) is { } item ? $"/admin/contents/{item.ContentType}/edit/{id}" : null;
        }

        return OrchardListUrl().IsMatch(url) ? "/admin" : "/" + url.TrimStart('~', '/');
    }

    [GeneratedRegex(@"Contents/ContentItems/(?<id>[A-Za-z0-9]+)/(Edit|Display)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrchardItemUrl();

    [GeneratedRegex(@"Contents/ContentItems/?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrchardListUrl();
}
