using RencontresAict.Content.ContentLocalization;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Text;
using RencontresAict.Forms.Models;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The rows of an export: the reference staff quote to a registrant, the registration form's input elements in form order (their label as header, a choice shown
/// by its text), then status, language, dates (the edition's time zone) and edition. The rows are the list's, with its filters,
/// read from RegistrationIndex and loaded in batches, so a large edition is never held in memory at once.
/// </summary>
public sealed class RegistrationExporter(RegistrationListQuery query, ContentItemStore store, RegistrationForms forms, LocalizedContentQuery localized)
{
    private const int BatchSize = 200;

    /// <summary>The columns, the answers' labels and choices in <c>culture</c> (the form of that language, when the edition has one; null: French).</summary>
    public async Task<IReadOnlyList<RegistrationExportColumn>> ColumnsAsync(EditionFacts edition, string? culture = null)
    {
        var columns = new List<RegistrationExportColumn> { new("Référence", item => RegistrationReference.Of(item.ContentItemId)) };
        var form = await forms.FindAsync(edition);
        if (form is not null && culture is not null && await localized.FindCounterpartAsync(form.Item, culture) is { } translated)
        {
            form = FormDefinition.From(translated);
        }

        foreach (var field in form?.Fields ?? [])
        {
            columns.Add(new RegistrationExportColumn(field.Label is { Length: > 0 } label ? label : field.Name!, item => Answer(item, field)));
        }

        DateTime? Stamp(ContentItem item, string field) => JsonPaths.GetDateTime(item.Content, RegistrationIndexProvider.ContentType, field, "Value");
        columns.Add(new RegistrationExportColumn("Statut", item => RegistrationStatusTexts.Label(RegistrationFactory.Status(item))));
        columns.Add(new RegistrationExportColumn("Langue", item => RegistrationLanguages.Label(RegistrationFactory.Culture(item))));
        columns.Add(new RegistrationExportColumn("Inscription le", item => Local(edition, item.CreatedUtc), item => item.CreatedUtc));
        columns.Add(new RegistrationExportColumn("Confirmation le", item => Local(edition, Stamp(item, "ConfirmedAt")), item => Stamp(item, "ConfirmedAt")));
        columns.Add(new RegistrationExportColumn("Annulation le", item => Local(edition, Stamp(item, "CancelledAt")), item => Stamp(item, "CancelledAt")));
        columns.Add(new RegistrationExportColumn("Édition", _ => edition.Title));
        return columns;
    }

    public async IAsyncEnumerable<ContentItem> RegistrationsAsync(
        EditionFacts edition, RegistrationListFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var ids = await query.DocumentIdsAsync(edition.Id, filter);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = (await store.LoadManyAsync(batch)).ToDictionary(i => i.Id);
            foreach (var id in batch)
            {
                if (items.TryGetValue(id, out var item))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>A date in the edition's time zone, "2022-06-20 14:30"; empty when there is none.</summary>
    public static string Local(EditionFacts edition, DateTime? utc) =>
        utc is { } value ? edition.Local(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>The answer as text, without bidirectional controls (a name must not reorder a spreadsheet's row or the admin's page).</summary>
    private static string Answer(ContentItem item, FormElement field) => TextNormalizer.WithoutBidiControls(RawAnswer(item, field));

    private static string RawAnswer(ContentItem item, FormElement field)
    {
        var node = JsonPaths.Get(item.Content, RegistrationIndexProvider.ContentType, field.Name!);
        string Choice(string value) => field.Options.FirstOrDefault(o => o.Value == value)?.Text ?? value;
        if (JsonPaths.Get(node, "Values") is not null)
        {
            return string.Join("; ", JsonPaths.GetStrings(node, "Values").Select(Choice));
        }

        if (JsonPaths.GetString(node, "Text") is { } text)
        {
            return Choice(text);
        }

        return JsonPaths.Get(node, "Value") is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? (value.GetValue<bool>() ? "oui" : "non")
            : JsonPaths.GetDecimal(node, "Value")?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
