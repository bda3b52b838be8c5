using GraphQL.Types;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.GraphQL;

/// <summary>
/// The schema of the current content definitions. The definition cache hands out one document instance per stored
/// version, so a new instance means the definitions changed and the schema is built again.
/// </summary>
public sealed class ContentSchemaCache(IOptions<ApiOptions> options)
{
    private readonly Lock _lock = new();
    private (ContentDefinitionDocument Definitions, ISchema Schema)? _current;

    public ISchema Get(ContentDefinitionDocument definitions)
    {
        lock (_lock)
        {
            if (_current is { } current && ReferenceEquals(current.Definitions, definitions))
            {
                return current.Schema;
            }
        }

        var schema = ContentSchemaBuilder.Build(definitions, options.Value);
        schema.Initialize();
        lock (_lock)
        {
            _current = (definitions, schema);
        }

        return schema;
    }
}
