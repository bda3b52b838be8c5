using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The item of a localization set in a culture: the published item of the same type whose Orchard
/// <c>LocalizationPart</c> {Culture, LocalizationSet} shares the set of a given item and names that culture (the French
/// form's English item, the edition's English title). An item without a LocalizationPart has no translation.
/// </summary>
public sealed class LocalizedItems(DocumentSession session, ContentItemStore store)
{
    public const string PartName = "LocalizationPart";

    /// <summary>The item of <paramref name="item"/>'s set in <paramref name="culture"/> ("en"): itself when it is in that culture.</summary>
    public async Task<ContentItem?> FindAsync(ContentItem item, string culture) =>
        (await ListSetAsync(item)).FirstOrDefault(i => string.Equals(CultureOf(i), culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every published item of <paramref name="item"/>'s set, itself included; empty when it is in none.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListSetAsync(ContentItem item)
    {
        if (SetOf(item) is not { } set)
        {
            return [];
        }

        var ids = await session.QueryAsync<long>(
            "SELECT DocumentId FROM ContentItemIndex WHERE ContentType = @type AND Published = 1 ORDER BY DocumentId", new { type = item.ContentType });
        return [.. (await store.LoadManyAsync(ids)).Where(i => SetOf(i) == set)];
    }

    public static string? CultureOf(ContentItem item) =>
        JsonPaths.GetString(item.Content, PartName, "Culture") is { Length: > 0 } culture ? culture : null;

    private static string? SetOf(ContentItem item) =>
        JsonPaths.GetString(item.Content, PartName, "LocalizationSet") is { Length: > 0 } set ? set : null;
}
