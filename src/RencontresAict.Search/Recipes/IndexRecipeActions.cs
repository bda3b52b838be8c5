using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Search.Indexing;
using RencontresAict.Search.Services;

namespace RencontresAict.Search.Recipes;

/// <summary>What the index recipe steps share: reading index names, and working on the indexes once the recipe has committed.</summary>
internal static class IndexRecipeActions
{
    /// <summary>The <c>Indices</c> names of a rebuild or reset step, or every defined index when <c>IncludeAll</c> is true; each must exist.</summary>
    public static async Task<IReadOnlyList<string>> IndexNamesAsync(JsonObject step, string stepName, IServiceProvider services)
    {
        var defined = (await services.GetRequiredService<LuceneIndexSettingsService>().ListAsync()).Select(s => s.IndexName).ToList();
        if (step["IncludeAll"] is JsonValue all && all.GetValueKind() == JsonValueKind.True)
        {
            return defined;
        }

        if (step["Indices"] is not JsonArray indices)
        {
            throw new InvalidOperationException($"{stepName}: 'Indices' must be an array of index names.");
        }

        var names = indices.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "").ToList();
        var unknown = names.FirstOrDefault(n => !defined.Contains(n));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"{stepName}: no Lucene index named '{unknown}' is defined (Indices[{names.IndexOf(unknown)}]).");
        }

        return names;
    }

    /// <summary>Runs <paramref name="action"/> on each index in a scope of its own after the recipe's session commits.</summary>
    public static void AfterCommit(IServiceProvider services, IReadOnlyList<string> indexNames, Func<LuceneIndexingService, string, Task> action)
    {
        if (indexNames.Count == 0)
        {
            return;
        }

        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        services.GetRequiredService<DocumentSession>().AfterCommit(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var indexing = scope.ServiceProvider.GetRequiredService<LuceneIndexingService>();
            foreach (var name in indexNames)
            {
                await action(indexing, name);
            }
        });
    }
}
