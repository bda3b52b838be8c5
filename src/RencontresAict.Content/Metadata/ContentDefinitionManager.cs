using System.Text.Json;
using Microsoft.Extensions.Options;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Metadata;

/// <summary>
/// Reads and changes the site's content definitions (one document). Reads are served from a copy parsed once per
/// stored version and shared (<see cref="ParsedDocumentCache"/>), so a request pays one small query; changes are
/// written in the current session.
/// </summary>
public sealed class ContentDefinitionManager(DocumentSession session, ParsedDocumentCache cache, IOptions<ContentOptions> options)
{
    public const string DocumentType = "ContentDefinition";

    private ContentDefinitionDocument? _document;

    public async Task<ContentDefinitionDocument> LoadAsync()
    {
        if (_document is not null)
        {
            return _document;
        }

        var stamp = await session.QueryFirstOrDefaultAsync<DocumentStamp>(
            "SELECT Id, Version FROM Document WHERE Type = @DocumentType ORDER BY Id LIMIT 1", new { DocumentType });
        _document = (stamp is null ? null : await session.GetParsedAsync(stamp, cache, Parse)) ?? new ContentDefinitionDocument();
        return _document;
    }

    private static ContentDefinitionDocument Parse(StoredDocument row)
    {
        var document = JsonSerializer.Deserialize<ContentDefinitionDocument>(row.Content, ContentJson.Options) ?? new();
        foreach (var type in document.ContentTypeDefinitionRecords)
        {
            JsonPaths.Materialize(type.Settings);
            type.ContentTypePartDefinitionRecords.ForEach(p => JsonPaths.Materialize(p.Settings));
        }

        foreach (var part in document.ContentPartDefinitionRecords)
        {
            JsonPaths.Materialize(part.Settings);
            part.ContentPartFieldDefinitionRecords.ForEach(f => JsonPaths.Materialize(f.Settings));
        }

        return document;
    }

    /// <summary>A private copy to change and pass to <see cref="SaveAsync"/>; the cached copy is shared and read-only.</summary>
    public async Task<ContentDefinitionDocument> LoadForUpdateAsync() =>
        JsonSerializer.Deserialize<ContentDefinitionDocument>(JsonSerializer.Serialize(await LoadAsync(), ContentJson.Options), ContentJson.Options)!;

    public async Task<ContentTypeDefinitionRecord?> GetTypeDefinitionAsync(string name) =>
        (await LoadAsync()).ContentTypeDefinitionRecords.Find(t => t.Name == name);

    public async Task<ContentPartDefinitionRecord?> GetPartDefinitionAsync(string name) =>
        (await LoadAsync()).ContentPartDefinitionRecords.Find(p => p.Name == name);

    public async Task<IReadOnlyList<ContentTypeDefinitionRecord>> ListTypeDefinitionsAsync() =>
        (await LoadAsync()).ContentTypeDefinitionRecords;

    public bool IsKnownPartType(string partName, ContentDefinitionDocument document) =>
        options.Value.PartTypes.Contains(partName) || document.ContentPartDefinitionRecords.Exists(p => p.Name == partName);

    public bool IsKnownFieldType(string fieldName) => options.Value.FieldTypes.Contains(fieldName);

    /// <summary>Checks the document and stores it: every part and field type must be known.</summary>
    public async Task SaveAsync(ContentDefinitionDocument document)
    {
        foreach (var part in document.ContentPartDefinitionRecords)
        {
            foreach (var field in part.ContentPartFieldDefinitionRecords)
            {
                if (!IsKnownFieldType(field.FieldName))
                {
                    throw new ContentDefinitionException($"Field '{part.Name}.{field.Name}' has unknown field type '{field.FieldName}'.");
                }
            }
        }

        foreach (var type in document.ContentTypeDefinitionRecords)
        {
            foreach (var typePart in type.ContentTypePartDefinitionRecords)
            {
                if (string.IsNullOrWhiteSpace(typePart.PartName))
                {
                    throw new ContentDefinitionException($"Type '{type.Name}' has a part with no PartName.");
                }

                // A type-named part (fields added to the type) is implicitly defined, as in Orchard.
                if (!IsKnownPartType(typePart.PartName, document) && typePart.PartName != type.Name)
                {
                    throw new ContentDefinitionException($"Type '{type.Name}' uses unknown part '{typePart.PartName}'.");
                }
            }
        }

        await session.SaveSingletonAsync(DocumentType, document);
        _document = JsonSerializer.Deserialize<ContentDefinitionDocument>(JsonSerializer.Serialize(document, ContentJson.Options), ContentJson.Options);
    }
}
