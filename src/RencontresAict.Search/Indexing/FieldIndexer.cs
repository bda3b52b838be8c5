using System.Text;
using System.Text.Json.Nodes;
using Lucene.Net.Documents;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Search.Indexing;

/// <summary>
/// Writes one content field under its keys as Orchard's field index handlers do: texts analyzed (or keyword) with a
/// <c>.keyword</c> copy when short, numbers as doubles, dates as Lucene date strings, booleans as "true"/"false",
/// picked ids and taxonomy term ids as stored keywords ("NULL" when a picker is empty). Texts also feed the full text.
/// </summary>
internal sealed class FieldIndexer(Document document, string[] keys, FieldIndexSettings settings, StringBuilder fullText)
{
    public void Add(string fieldType, JsonNode? value)
    {
        var store = settings.Stored ? Field.Store.YES : Field.Store.NO;
        switch (fieldType)
        {
            case "TextField":
                AddText(JsonPaths.GetString(value, "Text"));
                break;
            case "HtmlField":
                AddText(PlainText.FromHtml(JsonPaths.GetString(value, "Html")));
                break;
            case "MarkdownField":
                AddText(PlainText.FromMarkdown(JsonPaths.GetString(value, "Markdown")));
                break;
            case "MultiTextField":
                foreach (var text in JsonPaths.GetStrings(value, "Values"))
                {
                    AddKeywords("", [text], Field.Store.YES);
                }

                break;
            case "NumericField":
                if (JsonPaths.GetDecimal(value, "Value") is { } number)
                {
                    ForEachKey(key => document.Add(new DoubleField(key, (double)number, store)));
                }

                break;
            case "BooleanField":
                if (JsonPaths.GetBoolean(value, "Value") is { } flag)
                {
                    AddKeywords("", [flag ? "true" : "false"], store);
                }

                break;
            case "DateTimeField" or "DateField":
                ForEachKey(key => ContentDocumentBuilder.AddDate(document, key, JsonPaths.GetDateTime(value, "Value")));
                break;
            case "TimeField":
                AddKeywords("", [JsonPaths.GetString(value, "Value")], store);
                break;
            case "LinkField":
                AddKeywords(".Url", [JsonPaths.GetString(value, "Url")], store);
                ContentDocumentBuilder.AddText(document, keys.Select(k => k + ".Text"), JsonPaths.GetString(value, "Text"), settings);
                break;
            case "ContentPickerField" or "UserPickerField":
                var ids = JsonPaths.GetStrings(value, fieldType == "UserPickerField" ? "UserIds" : "ContentItemIds");
                AddKeywords("", ids.Count > 0 ? ids : ["NULL"], Field.Store.YES);
                break;
            case "TaxonomyField":
                AddKeywords("", JsonPaths.GetStrings(value, "TermContentItemIds"), Field.Store.YES);
                break;
            default:
                break;
        }
    }

    private void AddText(string? text)
    {
        ContentDocumentBuilder.AddText(document, keys, text, settings);
        if (!string.IsNullOrWhiteSpace(text))
        {
            fullText.Append('\n').Append(text);
        }
    }

    private void AddKeywords(string suffix, IEnumerable<string?> values, Field.Store store)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                ForEachKey(key => document.Add(new StringField(key + suffix, value, store)));
            }
        }
    }

    private void ForEachKey(Action<string> add)
    {
        foreach (var key in keys)
        {
            add(key);
        }
    }
}
