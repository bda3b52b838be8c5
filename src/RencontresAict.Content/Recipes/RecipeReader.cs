using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Recipes;

/// <summary>
/// Reads a recipe as Orchard Core 2.x does: comments and trailing commas allowed, the root must be an object,
/// <c>variables</c> and <c>steps</c> are matched case-sensitively, header keys case-insensitively.
/// Malformed JSON is reported with the file, line and position (both counted from 1).
/// </summary>
public static class RecipeReader
{
    public static async Task<RecipeDocument> ReadFileAsync(string path, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        sourceName ??= path;
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RecipeExecutionException($"{sourceName}: cannot read the recipe: {e.Message}", e) { SourceName = sourceName };
        }

        return Parse(text, sourceName, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    public static RecipeDocument Parse(string json, string sourceName, string folder)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, ContentJson.NodeOptions, ContentJson.DocumentOptions);
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0];
            throw new RecipeExecutionException(
                $"{sourceName}: line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {reason}", e)
            { SourceName = sourceName };
        }

        if (root is not JsonObject recipe)
        {
            throw Fail(sourceName, "$", "The root of a recipe must be a JSON object.");
        }

        return new RecipeDocument
        {
            Descriptor = ReadDescriptor(recipe, sourceName),
            SourceName = sourceName,
            Folder = folder,
            Variables = recipe["variables"] switch
            {
                null => [],
                JsonObject variables => variables,
                _ => throw Fail(sourceName, "$.variables", "'variables' must be a JSON object."),
            },
            Steps = ReadSteps(recipe["steps"], sourceName),
        };
    }

    private static List<JsonObject> ReadSteps(JsonNode? node, string sourceName)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray steps)
        {
            throw Fail(sourceName, "$.steps", "'steps' must be a JSON array.");
        }

        var list = new List<JsonObject>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step)
            {
                throw Fail(sourceName, $"$.steps[{i}]", "A step must be a JSON object.");
            }

            if (step["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetValue<string>()))
            {
                throw Fail(sourceName, $"$.steps[{i}].name", "A step must have a 'name'.");
            }

            list.Add(step);
        }

        return list;
    }

    private static RecipeDescriptor ReadDescriptor(JsonObject recipe, string sourceName)
    {
        string? Text(string key) => RecipeJson.Property(recipe, key) switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
            null => null,
            _ => throw Fail(sourceName, "$." + key, $"'{key}' must be a string."),
        };

        IReadOnlyList<string> List(string key) => RecipeJson.Property(recipe, key) switch
        {
            null => [],
            JsonArray a => a.Select(x => x is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null)
                .OfType<string>().ToList(),
            _ => throw Fail(sourceName, "$." + key, $"'{key}' must be an array of strings."),
        };

        return new RecipeDescriptor
        {
            Name = Text("name") ?? Path.GetFileName(sourceName).Replace(".recipe.json", "", StringComparison.OrdinalIgnoreCase),
            DisplayName = Text("displayName"),
            Description = Text("description"),
            Author = Text("author"),
            Website = Text("website"),
            Version = Text("version"),
            IsSetupRecipe = RecipeJson.Property(recipe, "issetuprecipe") is JsonValue setup
                && (setup.GetValueKind() == JsonValueKind.True
                    || (setup.GetValueKind() == JsonValueKind.String && bool.TryParse(setup.GetValue<string>(), out var b) && b)),
            Categories = List("categories"),
            Tags = List("tags"),
        };
    }

    private static RecipeExecutionException Fail(string sourceName, string path, string message) =>
        new($"{sourceName}: {path}: {message}") { SourceName = sourceName, JsonPath = path };
}
