using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// Stores what an Orchard step brings as one document of the site, each entry keyed as Orchard keys it (a layer by
/// its Name, an admin menu by its Id, a media profile by its name): an entry imported again replaces the stored one,
/// others stay. The document is <c>{ "Entries": { key: entry, … } }</c>, in import order.
/// </summary>
public static class KeyedStepDocument
{
    public static async Task<JsonObject> LoadAsync(DocumentSession session, string documentType) =>
        (await session.GetSingletonAsync<JsonObject>(documentType))?["Entries"] as JsonObject ?? [];

    public static async Task MergeAsync(DocumentSession session, string documentType, IEnumerable<(string Key, JsonObject Entry)> entries)
    {
        var stored = (JsonObject)(await LoadAsync(session, documentType)).DeepClone();
        foreach (var (key, entry) in entries)
        {
            stored[key] = entry.DeepClone();
        }

        await session.SaveSingletonAsync(documentType, new JsonObject { ["Entries"] = stored });
    }

    /// <summary>Removes the entry of <paramref name="key"/>; false when there is none.</summary>
    public static async Task<bool> RemoveAsync(DocumentSession session, string documentType, string key)
    {
        var stored = (JsonObject)(await LoadAsync(session, documentType)).DeepClone();
        if (!stored.Remove(key))
        {
            return false;
        }

        await session.SaveSingletonAsync(documentType, new JsonObject { ["Entries"] = stored });
        return true;
    }

    /// <summary>The objects of an array property of the step, each with its key; refuses what is not so.</summary>
    public static List<(string Key, JsonObject Entry)> ReadArray(JsonObject step, string property, string keyProperty, RecipeExecutionContext context)
    {
        var (name, value) = RecipeJson.Find(step, property);
        if (value is null)
        {
            return [];
        }

        var path = RecipeJson.PathOf(context.StepPath, name!);
        if (value is not JsonArray array)
        {
            throw new RecipeStepException(path, $"'{property}' must be a JSON array.");
        }

        var entries = new List<(string, JsonObject)>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject entry || RecipeJson.AsString(RecipeJson.Property(entry, keyProperty)) is not { Length: > 0 } key)
            {
                throw new RecipeStepException(RecipeJson.PathOf(path, i), $"Each entry needs a '{keyProperty}'.");
            }

            entries.Add((key, entry));
        }

        return entries;
    }
}
