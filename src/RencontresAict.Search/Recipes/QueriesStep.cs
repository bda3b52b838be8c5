using System.Text.Json.Nodes;
using RencontresAict.Content.Recipes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Search.Queries;

namespace RencontresAict.Search.Recipes;

/// <summary>
/// <c>{"name":"Queries","Queries":[{"Source":"Lucene","Name":…,"Index":…,"Template":…,"Schema":…,"ReturnContentItems":…}]}</c>:
/// stores each query; one with an existing name replaces it. Queries of other sources are kept but not run here.
/// </summary>
internal sealed class QueriesStep(IServiceProvider services) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        try
        {
            await RunAsync(step);
        }
        catch (InvalidOperationException e)
        {
            throw new RecipeStepException(context.StepPath, e.Message, e);
        }
    }

    public string Name => "Queries";

    private async Task RunAsync(JsonObject step)
    {
        if (step["Queries"] is not JsonArray list)
        {
            throw new InvalidOperationException("Queries: 'Queries' must be an array of query objects.");
        }

        var manager = services.GetRequiredService<QueryManager>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject query || string.IsNullOrWhiteSpace(JsonPaths.GetString(query, "Name")))
            {
                throw new InvalidOperationException($"Queries: Queries[{i}] needs a 'Name'.");
            }

            if (string.IsNullOrWhiteSpace(JsonPaths.GetString(query, "Source")))
            {
                throw new InvalidOperationException($"Queries: Queries[{i}] needs a 'Source' (\"Lucene\" or \"Sql\").");
            }

            if (QueryManager.AsLuceneQuery(query) is { } lucene && (string.IsNullOrWhiteSpace(lucene.Index) || string.IsNullOrWhiteSpace(lucene.Template)))
            {
                throw new InvalidOperationException($"Queries: Queries[{i}] ('{lucene.Name}') is a Lucene query and needs an 'Index' and a 'Template'.");
            }

            await manager.SaveAsync(query);
        }
    }
}
