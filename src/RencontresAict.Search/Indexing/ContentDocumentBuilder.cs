using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Search.Models;

namespace RencontresAict.Search.Indexing;

/// <summary>
/// Turns one content version into a Lucene document with Orchard Core 2.x's keys: item-level keys, the display
/// text (stored, analyzed, normalized), the full text, parts and fields (included ones, the type-named part's and
/// TitlePart always), plus our facet keys: content type, session format term ids and session day (site time zone).
/// </summary>
public sealed class ContentDocumentBuilder(ContentDefinitionDocument definitions, TimeZoneInfo timeZone)
{
    public Document Build(ContentItem item, LuceneIndexSettings settings)
    {
        var document = new Document();
        var fullText = new StringBuilder(item.DisplayText);
        AddKeyword(document, IndexFieldNames.ContentItemId, item.ContentItemId, stored: true);
        AddKeyword(document, IndexFieldNames.ContentItemVersionId, item.ContentItemVersionId, stored: true);
        AddKeyword(document, IndexFieldNames.ContentType, item.ContentType, stored: true);
        AddKeyword(document, IndexFieldNames.ContentType + IndexFieldNames.KeywordSuffix, item.ContentType, stored: true);
        AddFacet(document, IndexFieldNames.FacetType, item.ContentType);
        AddDate(document, IndexFieldNames.CreatedUtc, item.CreatedUtc);
        AddDate(document, IndexFieldNames.ModifiedUtc, item.ModifiedUtc);
        AddDate(document, IndexFieldNames.PublishedUtc, item.PublishedUtc);
        AddKeyword(document, IndexFieldNames.Published, item.Published ? "true" : "false", stored: true);
        AddKeyword(document, IndexFieldNames.Latest, item.Latest ? "true" : "false", stored: true);
        AddKeyword(document, IndexFieldNames.Owner, item.Owner, stored: true);
        AddKeyword(document, IndexFieldNames.Author, item.Author, stored: true);
        if (!string.IsNullOrEmpty(item.DisplayText))
        {
            AddKeyword(document, IndexFieldNames.DisplayText, item.DisplayText, stored: true);
            AddKeyword(document, IndexFieldNames.DisplayText + IndexFieldNames.KeywordSuffix, item.DisplayText, stored: true);
            document.Add(new TextField(IndexFieldNames.DisplayTextAnalyzed, item.DisplayText, Field.Store.NO));
            AddKeyword(document, IndexFieldNames.DisplayTextNormalized, Normalize(item.DisplayText), stored: true);
        }

        var type = definitions.ContentTypeDefinitionRecords.Find(t => t.Name == item.ContentType);
        var body = new StringBuilder();
        foreach (var typePart in type?.ContentTypePartDefinitionRecords ?? [])
        {
            AddPart(document, item, type!, typePart, body, fullText);
        }

        if (body.Length > 0)
        {
            document.Add(new TextField(IndexFieldNames.BodyAspectBody, body.ToString(), Field.Store.NO));
        }

        document.Add(new TextField(IndexFieldNames.FullText, fullText.ToString(), Field.Store.YES));
        if (settings.StoreSourceData)
        {
            document.Add(new StoredField(IndexFieldNames.Source, JsonSerializer.Serialize(item, ContentJson.Options)));
        }

        return document;
    }

    /// <summary>Lower case without diacritics, as Orchard's DisplayText.Normalized.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    private void AddPart(Document document, ContentItem item, ContentTypeDefinitionRecord type, ContentTypePartDefinitionRecord typePart, StringBuilder body, StringBuilder fullText)
    {
        var partJson = item.GetPart(typePart.Name);
        var isTypeNamed = typePart.PartName == type.Name;
        var included = IndexSettingsOf(typePart.Settings);
        switch (typePart.PartName)
        {
            case "TitlePart":
                AddText(document, [typePart.Name, $"{type.Name}.{typePart.Name}"], JsonPaths.GetString(partJson, "Title"), included);
                break;
            case "HtmlBodyPart":
                var html = PlainText.FromHtml(JsonPaths.GetString(partJson, "Html"));
                Append(body, html);
                Append(fullText, html);
                if (included.Included)
                {
                    AddText(document, [typePart.Name, $"{type.Name}.{typePart.Name}"], html, included);
                }

                break;
            case "MarkdownBodyPart":
                var markdown = PlainText.FromMarkdown(JsonPaths.GetString(partJson, "Markdown"));
                Append(body, markdown);
                Append(fullText, markdown);
                if (included.Included)
                {
                    AddText(document, [typePart.Name, $"{type.Name}.{typePart.Name}"], markdown, included);
                }

                break;
            default:
                break;
        }

        var part = definitions.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName);
        foreach (var field in part?.ContentPartFieldDefinitionRecords ?? [])
        {
            var fieldSettings = IndexSettingsOf(field.Settings);
            if (!isTypeNamed && !(included.Included && fieldSettings.Included))
            {
                continue;
            }

            var keys = new[] { $"{type.Name}.{field.Name}", $"{typePart.Name}.{field.Name}" }.Distinct().ToArray();
            var value = partJson?[field.Name];
            new FieldIndexer(document, keys, fieldSettings, fullText).Add(field.FieldName, value);
            if (isTypeNamed)
            {
                AddFacets(document, field, value);
            }
        }
    }

    private void AddFacets(Document document, ContentPartFieldDefinitionRecord field, JsonNode? value)
    {
        if (field.FieldName == "TaxonomyField" && field.Name == "Format")
        {
            foreach (var id in JsonPaths.GetStrings(value, "TermContentItemIds"))
            {
                AddFacet(document, IndexFieldNames.FacetFormat, id);
            }
        }
        else if (field.FieldName == "DateTimeField" && field.Name == "StartsAt" && JsonPaths.GetDateTime(value, "Value") is { } startsAt)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startsAt, DateTimeKind.Utc), timeZone);
            AddFacet(document, IndexFieldNames.FacetDay, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            document.Add(new StoredField(IndexFieldNames.EventDate, startsAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        }
    }

    internal static void AddText(Document document, IEnumerable<string> keys, string? text, FieldIndexSettings settings)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var store = settings.Stored ? Field.Store.YES : Field.Store.NO;
        foreach (var key in keys)
        {
            document.Add(settings.Keyword ? new StringField(key, text, store) : new TextField(key, text, store));
            if (text.Length < 256)
            {
                document.Add(new StringField(key + IndexFieldNames.KeywordSuffix, text, store));
            }
        }
    }

    internal static void AddKeyword(Document document, string key, string? value, bool stored)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StringField(key, value, stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    internal static void AddDate(Document document, string key, DateTime? value)
    {
        if (value is { } date)
        {
            var utc = date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime();
            document.Add(new StringField(key, DateTools.DateToString(utc, DateResolution.SECOND), Field.Store.YES));
        }
    }

    private static void AddFacet(Document document, string key, string value)
    {
        document.Add(new StringField(key, value, Field.Store.NO));
        document.Add(new SortedSetDocValuesField(key, new BytesRef(value)));
    }

    private static void Append(StringBuilder builder, string text)
    {
        if (text.Length > 0)
        {
            builder.Append(builder.Length > 0 ? "\n" : "").Append(text);
        }
    }

    private static FieldIndexSettings IndexSettingsOf(JsonObject settings) =>
        settings["LuceneContentIndexSettings"]?.Deserialize<FieldIndexSettings>(ContentJson.Options) ?? new FieldIndexSettings();
}
