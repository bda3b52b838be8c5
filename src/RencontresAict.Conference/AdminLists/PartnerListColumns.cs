using RencontresAict.Admin.Editing;
using RencontresAict.Conference.Display;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.AdminLists;

/// <summary>The admin's list of partners: their category (Partner.Role, in French) and display order.</summary>
public sealed class PartnerListColumns(ContentManager contents) : IContentListColumns
{
    public string ContentType => "Partner";

    public IReadOnlyList<string> Headers { get; } = ["Catégorie", "Ordre d'affichage"];

    public ContentListDateField? DateField => null;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CellsAsync(IReadOnlyList<ContentListRow> rows, TimeZoneInfo zone)
    {
        var cells = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            if (await contents.GetAsync(row.ContentItemId, VersionOptions.Latest) is { } item)
            {
                var role = FieldValues.Text(item, "Partner", "Role");
                cells[row.ContentItemId] =
                [
                    role is null ? "" : PartnerRoles.Singular(role),
                    FieldValues.Number(item, "Partner", "Order")?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                ];
            }
        }

        return cells;
    }
}
