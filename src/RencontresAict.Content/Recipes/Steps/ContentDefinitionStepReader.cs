using System.Text;
using System.Text.Json.Nodes;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// Reads the <c>ContentTypes</c> and <c>ContentParts</c> records of a ContentDefinition (or ReplaceContentDefinition)
/// step, keeping the JSON path of each, and checks a merged document against them: an empty PartName or field
/// Name, an unknown field type or an unknown part is refused at its path.
/// </summary>
internal static class ContentDefinitionStepReader
{
    internal sealed record TypeEntry(ContentTypeDefinitionRecord Record, string Path, IReadOnlyList<string> PartPaths);

    internal sealed record PartEntry(ContentPartDefinitionRecord Record, string Path, IReadOnlyList<string> FieldPaths);

    public static List<TypeEntry> ReadTypes(JsonObject step, string stepPath) =>
        Items(step, "ContentTypes", stepPath).Select(x => ReadType(x.Item, x.Path)).ToList();

    public static List<PartEntry> ReadParts(JsonObject step, string stepPath) =>
        Items(step, "ContentParts", stepPath).Select(x => ReadPart(x.Item, x.Path)).ToList();

    /// <summary>Orchard's default display name for a type created without one: "BlogPost" gives "Blog Post".</summary>
    public static string DefaultDisplayName(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ');
            }

            text.Append(name[i]);
        }

        return text.ToString();
    }

    /// <summary>Checks what this step touched, once merged into <paramref name="document"/>, before it is saved.</summary>
    public static void Validate(ContentDefinitionDocument document, IEnumerable<TypeEntry> types, IEnumerable<PartEntry> parts, ContentDefinitionManager definitions)
    {
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Record.ContentPartFieldDefinitionRecords.Count; i++)
            {
                var field = part.Record.ContentPartFieldDefinitionRecords[i];
                if (!definitions.IsKnownFieldType(field.FieldName))
                {
                    throw new RecipeStepException(part.FieldPaths[i] + ".FieldName",
                        $"Field '{part.Record.Name}.{field.Name}' has unknown field type '{field.FieldName}'.");
                }
            }
        }

        foreach (var type in types)
        {
            for (var i = 0; i < type.Record.ContentTypePartDefinitionRecords.Count; i++)
            {
                var partName = type.Record.ContentTypePartDefinitionRecords[i].PartName;
                if (partName != type.Record.Name && !definitions.IsKnownPartType(partName, document))
                {
                    throw new RecipeStepException(type.PartPaths[i] + ".PartName",
                        $"Content type '{type.Record.Name}' uses unknown part '{partName}'.");
                }
            }
        }
    }

    private static TypeEntry ReadType(JsonObject json, string path)
    {
        var record = new ContentTypeDefinitionRecord
        {
            Name = RequiredName(json, path, "A content type must have a 'Name'."),
            DisplayName = RecipeJson.AsString(RecipeJson.Property(json, "DisplayName")) ?? "",
            Settings = Settings(json, path),
        };
        var partPaths = new List<string>();
        foreach (var (item, itemPath) in Items(json, "ContentTypePartDefinitionRecords", path))
        {
            var partName = RecipeJson.AsString(RecipeJson.Property(item, "PartName"));
            if (string.IsNullOrWhiteSpace(partName))
            {
                throw new RecipeStepException(itemPath + ".PartName",
                    $"Unable to add a part to the '{record.Name}' content type: the part name (PartName) cannot be empty.");
            }

            var name = RecipeJson.AsString(RecipeJson.Property(item, "Name"));
            record.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinitionRecord
            {
                PartName = partName,
                Name = string.IsNullOrWhiteSpace(name) ? partName : name,
                Settings = Settings(item, itemPath),
            });
            partPaths.Add(itemPath);
        }

        return new TypeEntry(record, path, partPaths);
    }

    private static PartEntry ReadPart(JsonObject json, string path)
    {
        var record = new ContentPartDefinitionRecord
        {
            Name = RequiredName(json, path, "A content part must have a 'Name'."),
            Settings = Settings(json, path),
        };
        var fieldPaths = new List<string>();
        foreach (var (item, itemPath) in Items(json, "ContentPartFieldDefinitionRecords", path))
        {
            var name = RecipeJson.AsString(RecipeJson.Property(item, "Name"));
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeStepException(itemPath + ".Name",
                    $"Unable to add a field to the '{record.Name}' content part: the field name (Name) cannot be empty.");
            }

            record.ContentPartFieldDefinitionRecords.Add(new ContentPartFieldDefinitionRecord
            {
                FieldName = RecipeJson.AsString(RecipeJson.Property(item, "FieldName")) ?? "",
                Name = name,
                Settings = Settings(item, itemPath),
            });
            fieldPaths.Add(itemPath);
        }

        return new PartEntry(record, path, fieldPaths);
    }

    private static string RequiredName(JsonObject json, string path, string message) =>
        RecipeJson.AsString(RecipeJson.Property(json, "Name")) is { Length: > 0 } name && !string.IsNullOrWhiteSpace(name)
            ? name
            : throw new RecipeStepException(path + ".Name", message);

    private static JsonObject Settings(JsonObject json, string path) => RecipeJson.Find(json, "Settings") switch
    {
        (_, null) => [],
        (_, JsonObject settings) => (JsonObject)settings.DeepClone(),
        (var key, _) => throw new RecipeStepException(RecipeJson.PathOf(path, key!), "'Settings' must be a JSON object."),
    };

    private static IEnumerable<(JsonObject Item, string Path)> Items(JsonObject json, string name, string path)
    {
        var (key, value) = RecipeJson.Find(json, name);
        if (value is null)
        {
            yield break;
        }

        var listPath = RecipeJson.PathOf(path, key!);
        if (value is not JsonArray array)
        {
            throw new RecipeStepException(listPath, $"'{name}' must be a JSON array.");
        }

        for (var i = 0; i < array.Count; i++)
        {
            yield return array[i] is JsonObject item
                ? (item, RecipeJson.PathOf(listPath, i))
                : throw new RecipeStepException(RecipeJson.PathOf(listPath, i), "Expected a JSON object.");
        }
    }
}
