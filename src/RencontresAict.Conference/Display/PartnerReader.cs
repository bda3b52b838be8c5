using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>Partners of an edition (ContentFieldIndex on Partner.Editions), grouped by role in a fixed order.</summary>
public sealed class PartnerReader(ContentManager content, LocalizedContentQuery localized)
{
    public async Task<IReadOnlyList<PartnerModel>> ListAsync(string editionId)
    {
        var ids = await content.Store.Session.QueryAsync<long>(
            """
            SELECT DocumentId FROM ContentFieldIndex
            WHERE ContentType = 'Partner' AND ContentPart = 'Partner' AND ContentField = 'Editions' AND Text = @editionId AND Published = 1
            """,
            new { editionId });
        return (await localized.ForCurrentCultureAsync(await content.Store.LoadManyAsync(ids))).Select(ToModel)
            .OrderBy(p => p.Order).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<PartnerGroupModel>> GroupAsync(string editionId)
    {
        var partners = await ListAsync(editionId);
        return partners.GroupBy(p => p.Role)
            .OrderBy(g => PartnerRoles.Rank(g.Key))
            .Select(g => new PartnerGroupModel(g.Key, PartnerRoles.Plural(g.Key), g.ToList()))
            .ToList();
    }

    public static PartnerModel ToModel(ContentItem item)
    {
        var role = FieldValues.Text(item, "Partner", "Role") ?? "";
        return new PartnerModel(
            item, item.DisplayText ?? "", role, PartnerRoles.Singular(role), FieldValues.Link(item, "Partner", "Website"),
            FieldValues.Url(item), FieldValues.Number(item, "Partner", "Order") ?? 0,
            FieldValues.Text(item, "Partner", "Mention") is { Length: > 0 } mention ? mention : null,
            FieldValues.Media(item, "Partner", "Logo"));
    }
}
