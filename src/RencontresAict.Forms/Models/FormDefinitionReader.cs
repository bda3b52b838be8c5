using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Forms.Models;

/// <summary>
/// The published definition of a form, as every post reads it: parsed once per stored version of the form and shared
/// (<see cref="ParsedDocumentCache"/>), so a post pays one indexed query instead of loading and parsing the whole form.
/// The definition and its <see cref="FormDefinition.Item"/> are read-only; a page that renders or changes the form
/// loads its own copy through ContentManager.
/// </summary>
public sealed class FormDefinitionReader(DocumentSession session, ParsedDocumentCache cache)
{
    public async Task<FormDefinition?> GetPublishedAsync(string formId)
    {
        var stamp = await session.QueryFirstOrDefaultAsync<DocumentStamp>(
            """
            SELECT d.Id, d.Version FROM ContentItemIndex i JOIN Document d ON d.Id = i.DocumentId
            WHERE i.ContentItemId = @formId AND i.Published = 1
            """,
            new { formId });
        return stamp is null ? null : (await session.GetParsedAsync(stamp, cache, Parse))?.Definition;
    }

    private static ParsedForm Parse(StoredDocument row)
    {
        var item = ContentItemStore.Parse(row);
        if (!FormDefinition.IsForm(item))
        {
            return new ParsedForm(null);
        }

        JsonPaths.Materialize(item.Content);
        return new ParsedForm(FormDefinition.From(item));
    }

    /// <summary>What a document holds for this reader: null when it is not a form.</summary>
    private sealed record ParsedForm(FormDefinition? Definition);
}
