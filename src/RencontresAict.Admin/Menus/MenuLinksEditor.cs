using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Menus;

/// <summary>
/// Applies the menu editor's rows to a Menu item's <c>MenuItemsListPart.MenuItems</c> (Orchard's JSON): each
/// LinkMenuItem takes its text and address, entries go in the order of their positions, removed ones leave, a row
/// with a text and an address and no id becomes a new LinkMenuItem. Other entries (content or HTML links) keep their
/// JSON. Addresses are the site's (<c>~/x</c>, <c>/x</c>, <c>#x</c>) or http(s) URLs.
/// </summary>
public sealed class MenuLinksEditor(IdGenerator ids)
{
    public const string LinkType = "LinkMenuItem";

    public IReadOnlyList<ContentValidationError> Apply(ContentItem menu, IReadOnlyList<MenuLinkInput> rows)
    {
        var list = menu.GetOrCreatePart("MenuItemsListPart");
        var existing = (list["MenuItems"] as JsonArray ?? []).OfType<JsonObject>()
            .ToDictionary(e => JsonPaths.GetString(e, "ContentItemId") ?? "", e => e, StringComparer.Ordinal);
        var errors = new List<ContentValidationError>();
        var kept = new List<(int Position, int Row, JsonObject Entry)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var name = row.Name?.Trim() ?? "";
            var url = row.Url?.Trim() ?? "";
            var isNew = string.IsNullOrEmpty(row.Id);
            if (row.Remove || (isNew && name.Length == 0 && url.Length == 0))
            {
                continue;
            }

            var entry = isNew ? NewLink() : existing.GetValueOrDefault(row.Id!)?.DeepClone() as JsonObject;
            if (entry is null)
            {
                continue;
            }

            if (JsonPaths.GetString(entry, "ContentType") == LinkType)
            {
                if (name.Length is 0 or > 100)
                {
                    errors.Add(new($"Links[{i}].Name", "Chaque lien a besoin d'un texte (100 caractères au plus)."));
                }

                if (!IsAcceptedUrl(url))
                {
                    errors.Add(new($"Links[{i}].Url", $"L'adresse « {url} » n'est pas acceptée : une page du site (/programme, ~/programme, #ancre) ou une adresse http(s)."));
                }

                entry["DisplayText"] = name;
                entry["LinkMenuItemPart"] = new JsonObject { ["Name"] = name, ["Url"] = url };
            }

            kept.Add((row.Position, i, entry));
        }

        list["MenuItems"] = new JsonArray(kept.OrderBy(k => k.Position).ThenBy(k => k.Row).Select(k => (JsonNode)k.Entry).ToArray());
        return errors;
    }

    public static bool IsAcceptedUrl(string url) =>
        url.Length is > 0 and <= 2000
        && (url.StartsWith('/') || url.StartsWith("~/", StringComparison.Ordinal) || url.StartsWith('#')
            || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"))
        && !url.StartsWith("//", StringComparison.Ordinal);

    private JsonObject NewLink() => new()
    {
        ["ContentItemId"] = ids.GenerateUniqueId(),
        ["ContentType"] = LinkType,
    };
}
