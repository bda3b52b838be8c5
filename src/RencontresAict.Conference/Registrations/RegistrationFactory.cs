using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Text;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Builds a Registration item from a post: each value goes to the Registration field of the same name (TextField,
/// MultiTextField, BooleanField, NumericField), as text — never interpreted as HTML. Only names the form declares are
/// read, and the fields the workflow owns (Edition, Status, ConfirmedAt, CancelledAt, Culture) are never taken from a post.
/// <c>Culture</c> is the registrant's language, the form's ("en"; none: French): every later e-mail is written in it.
/// Values are kept without bidirectional controls (they would reorder a name wherever it is shown), and the e-mail
/// address as it can be written to: compatibility-normalised, without zero-width characters (<see cref="TextNormalizer"/>).
/// </summary>
public sealed class RegistrationFactory(ContentManager content, ContentDefinitionManager definitions)
{
    private static readonly HashSet<string> Owned = new(StringComparer.Ordinal) { "Edition", "Status", "ConfirmedAt", "CancelledAt", CultureField };

    public const string CultureField = "Culture";

    public async Task<ContentItem> NewAsync(
        string editionId, string status, Func<string, IReadOnlyList<string>> values, ISet<string> allowedNames, string? culture = null)
    {
        var item = await content.NewAsync(RegistrationIndexProvider.ContentType);
        var part = item.GetOrCreatePart(RegistrationIndexProvider.ContentType);
        var fields = (await definitions.GetPartDefinitionAsync(RegistrationIndexProvider.ContentType))?.ContentPartFieldDefinitionRecords ?? [];
        foreach (var field in fields.Where(f => !Owned.Contains(f.Name) && allowedNames.Contains(f.Name)))
        {
            var posted = values(field.Name).Select(v => Clean(field.Name, v)).Where(v => v.Length > 0).ToList();
            part[field.Name] = field.FieldName switch
            {
                "TextField" => new JsonObject { ["Text"] = posted.Count > 0 ? posted[0] : null },
                "MultiTextField" => new JsonObject { ["Values"] = new JsonArray(posted.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) },
                "BooleanField" => new JsonObject { ["Value"] = posted.Count > 0 && posted[0] is "true" or "on" or "oui" },
                "NumericField" => new JsonObject
                {
                    ["Value"] = posted.Count > 0 && decimal.TryParse(posted[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null,
                },
                _ => part[field.Name],
            };
        }

        part["Edition"] = new JsonObject { ["ContentItemIds"] = new JsonArray(editionId) };
        part["Status"] = new JsonObject { ["Text"] = status };
        if (culture is not null)
        {
            part[CultureField] = new JsonObject { ["Text"] = culture };
        }

        var name = $"{Text(item, "FirstName")} {Text(item, "LastName")}".Trim();
        item.DisplayText = name.Length > 0 ? name : Text(item, "Email");
        return item;
    }

    /// <summary>A posted value as stored: trimmed, without bidirectional controls; the e-mail address without any invisible character.</summary>
    public static string Clean(string field, string value) => field == "Email"
        ? TextNormalizer.WithoutInvisibles(value.Normalize(NormalizationForm.FormKC))
        : TextNormalizer.WithoutBidiControls(value).Trim();

    public static string? Text(ContentItem item, string field) =>
        JsonPaths.GetString(item.Content, RegistrationIndexProvider.ContentType, field, "Text");

    public static string? Status(ContentItem item) => Text(item, "Status");

    /// <summary>The registrant's language ("en"), or null for the site's (French).</summary>
    public static string? Culture(ContentItem item) => Text(item, CultureField) is { Length: > 0 } culture ? culture : null;

    /// <summary>Moves the item to <paramref name="status"/> and stamps ConfirmedAt or CancelledAt.</summary>
    public static void SetStatus(ContentItem item, string status, DateTimeOffset now)
    {
        var part = item.GetOrCreatePart(RegistrationIndexProvider.ContentType);
        part["Status"] = new JsonObject { ["Text"] = status };
        var stamp = status switch
        {
            RegistrationStatus.Confirmed => "ConfirmedAt",
            RegistrationStatus.Cancelled => "CancelledAt",
            _ => null,
        };
        if (stamp is not null)
        {
            part[stamp] = new JsonObject { ["Value"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) };
        }
    }
}
