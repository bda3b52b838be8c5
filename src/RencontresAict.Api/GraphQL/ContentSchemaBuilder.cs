using System.Text.Json.Nodes;
using GraphQL.Types;
using RencontresAict.Api.Queries;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.GraphQL;

/// <summary>
/// Builds the GraphQL schema from the content definitions as Orchard does: one list field per type in camelCase
/// (<c>session</c>), item fields, parts as camelCase fields, the type-named part collapsed onto the type, picked
/// items typed through the <c>ContentItem</c> interface, and <c>contentItem(contentItemId:)</c> for one item.
/// A type whose name clashes with a built-in graph type is left out.
/// </summary>
public static class ContentSchemaBuilder
{
    public static ISchema Build(ContentDefinitionDocument definitions, ApiOptions options)
    {
        var objectTypes = new Dictionary<string, ObjectGraphType>(StringComparer.Ordinal);
        var contentItem = new InterfaceGraphType
        {
            Name = "ContentItem",
            Description = "Any content item; use inline fragments for the fields of its type.",
            ResolveType = value => value is ContentItem item ? objectTypes.GetValueOrDefault(item.ContentType) : null,
        };
        foreach (var field in ContentItemFields.Create())
        {
            field.Resolver = null; // interfaces declare fields; each content type resolves them
            contentItem.AddField(field);
        }

        var fieldTypes = new ContentFieldGraphTypes(contentItem);
        var partTypes = new ContentPartGraphTypes();
        var builtIn = new HashSet<string>(StringComparer.Ordinal) { "Query", "ContentItem", "Status", "OrderByDirection" };
        builtIn.UnionWith(fieldTypes.Types.Concat(partTypes.Types).Select(t => t.Name));
        var status = new EnumerationGraphType { Name = "Status", Description = "Which versions to return; anything but PUBLISHED needs PreviewContent." };
        status.Add("PUBLISHED", ContentStatus.Published);
        status.Add("DRAFT", ContentStatus.Draft);
        status.Add("LATEST", ContentStatus.Latest);
        status.Add("ALL", ContentStatus.All);
        var direction = new EnumerationGraphType { Name = "OrderByDirection" };
        direction.Add("ASC", "ASC");
        direction.Add("DESC", "DESC");

        var query = new ObjectGraphType { Name = "Query" };
        var partObjects = new Dictionary<string, ObjectGraphType?>(StringComparer.Ordinal);
        foreach (var type in definitions.ContentTypeDefinitionRecords)
        {
            var name = GraphQLNames.Type(type.Name);
            var fieldName = GraphQLNames.Field(type.Name);
            if (builtIn.Contains(name) || objectTypes.Values.Any(t => t.Name == name) || fieldName == "contentItem")
            {
                continue;
            }

            var objectType = BuildType(type, name, definitions, fieldTypes, partTypes, partObjects, builtIn);
            objectType.AddResolvedInterface(contentItem);
            objectTypes[type.Name] = objectType;
            var collapsed = QueryableField.Of(type, definitions).Where(f => IsCollapsed(type, f.Part)).ToList();
            var filters = new ContentTypeFilters(name, collapsed, direction);
            var pickers = collapsed.Where(f => f.FieldType == "ContentPickerField").ToList();
            query.AddField(ContentQueryFields.List(fieldName, type, new ListGraphType(new NonNullGraphType(objectType)), filters, status, pickers, options));
        }

        query.AddField(ContentQueryFields.Single(contentItem));
        var schema = new Schema { Query = query, Description = "Rencontres de l'AICT — contenus publiés." };
        foreach (var type in objectTypes.Values.Concat(partObjects.Values.OfType<ObjectGraphType>()).Concat(fieldTypes.Types).Concat(partTypes.Types))
        {
            schema.RegisterType(type);
        }

        return schema;
    }

    /// <summary>The type-named part (fields added to the type) is collapsed, as Orchard does by default.</summary>
    private static bool IsCollapsed(ContentTypeDefinitionRecord type, string partName) =>
        partName == type.Name || type.ContentTypePartDefinitionRecords.Exists(p => p.Name == partName && p.PartName == type.Name);

    private static ObjectGraphType BuildType(
        ContentTypeDefinitionRecord type, string name, ContentDefinitionDocument definitions, ContentFieldGraphTypes fieldTypes,
        ContentPartGraphTypes partTypes, Dictionary<string, ObjectGraphType?> partObjects, HashSet<string> builtIn)
    {
        var objectType = new ObjectGraphType { Name = name, Description = type.DisplayName };
        foreach (var field in ContentItemFields.Create())
        {
            objectType.AddField(field);
        }

        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var partName = typePart.Name;
            var definition = definitions.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName);
            if (IsCollapsed(type, partName))
            {
                foreach (var field in definition?.ContentPartFieldDefinitionRecords ?? [])
                {
                    var fieldName = GraphQLNames.Field(field.Name);
                    if (!objectType.HasField(fieldName) && fieldTypes.Create(fieldName, field.FieldName,
                        source => JsonPaths.Get(((ContentItem)source!).Content, partName, field.Name), Description(field)) is { } graphField)
                    {
                        objectType.AddField(graphField);
                    }
                }

                continue;
            }

            var partType = partTypes.Find(typePart.PartName) ?? CustomPart(typePart.PartName, definition, fieldTypes, partObjects, builtIn);
            var partField = GraphQLNames.Field(partName);
            if (partType is not null && !objectType.HasField(partField))
            {
                objectType.AddField(GraphFields.Of(partField, partType, ctx => ((ContentItem)ctx.Source!).GetPart(partName) ?? new JsonObject()));
            }
        }

        return objectType;
    }

    /// <summary>A reusable part with fields: an object type named after it (with "Part" appended when missing).</summary>
    private static ObjectGraphType? CustomPart(
        string partName, ContentPartDefinitionRecord? definition, ContentFieldGraphTypes fieldTypes,
        Dictionary<string, ObjectGraphType?> partObjects, HashSet<string> builtIn)
    {
        if (partObjects.TryGetValue(partName, out var known))
        {
            return known;
        }

        var name = GraphQLNames.Type(partName.EndsWith("Part", StringComparison.Ordinal) ? partName : partName + "Part");
        ObjectGraphType? partType = null;
        if (definition is { ContentPartFieldDefinitionRecords.Count: > 0 } && builtIn.Add(name))
        {
            partType = new ObjectGraphType { Name = name };
            foreach (var field in definition.ContentPartFieldDefinitionRecords)
            {
                if (fieldTypes.Create(GraphQLNames.Field(field.Name), field.FieldName, source => (source as JsonNode)?[field.Name], Description(field)) is { } graphField)
                {
                    partType.AddField(graphField);
                }
            }
        }

        return partObjects[partName] = partType is { Fields.Count: > 0 } ? partType : null;
    }

    private static string? Description(ContentPartFieldDefinitionRecord field) =>
        JsonPaths.GetString(field.Settings, "ContentPartFieldSettings", "DisplayName");
}
