using System.Text.Json;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Metadata;

/// <summary>The parsed content definitions of the last stored version, shared by all requests.</summary>
public sealed class ContentDefinitionCache
{
    private readonly Lock _lock = new();
    private (long Id, long Version, ContentDefinitionDocument Document)? _entry;

    public ContentDefinitionDocument Get(StoredDocument row)
    {
        lock (_lock)
        {
            if (_entry is { } entry && entry.Id == row.Id && entry.Version == row.Version)
            {
                return entry.Document;
            }
        }

        var document = JsonSerializer.Deserialize<ContentDefinitionDocument>(row.Content, ContentJson.Options) ?? new();
        lock (_lock)
        {
            _entry = (row.Id, row.Version, document);
        }

        return document;
    }
}
