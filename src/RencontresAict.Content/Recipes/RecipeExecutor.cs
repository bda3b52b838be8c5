using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Recipes.Scripting;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Recipes;

/// <summary>
/// Runs a recipe whole or not at all: every step runs in one scope and one <see cref="DocumentSession"/>
/// transaction, stopping at the first error; then everything is rolled back (files written by the recipe too)
/// and a <see cref="RecipeExecutionException"/> names the file, the step and the JSON path. A recipe naming steps or
/// content types the site lacks is refused before its first step, all of them in one line (<see cref="RecipePreflight"/>).
/// </summary>
public sealed class RecipeExecutor(IServiceScopeFactory scopes, IdGenerator ids, IConfiguration configuration, ILogger<RecipeExecutor> logger)
{
    private static readonly IReadOnlyDictionary<string, string?> _noParameters = new Dictionary<string, string?>();

    public async Task<RecipeExecutionResult> ExecuteFileAsync(
        string path,
        IReadOnlyDictionary<string, string?>? parameters = null,
        Func<IServiceProvider, Task>? beforeCommit = null,
        CancellationToken cancellationToken = default)
    {
        var recipe = await RecipeReader.ReadFileAsync(path, cancellationToken: cancellationToken);
        return await ExecuteAsync(recipe, parameters, beforeCommit, cancellationToken);
    }

    /// <summary>
    /// Runs the steps in order (see <see cref="RecipeStepOrder"/>); <paramref name="beforeCommit"/> is work stored in the same transaction once every step
    /// has run (setup adds the administrator there).
    /// </summary>
    public async Task<RecipeExecutionResult> ExecuteAsync(
        RecipeDocument recipe,
        IReadOnlyDictionary<string, string?>? parameters = null,
        Func<IServiceProvider, Task>? beforeCommit = null,
        CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DocumentSession>();
        var handlers = scope.ServiceProvider.GetServices<IRecipeStepHandler>().ToList();
        using var scripts = new RecipeScriptEvaluator(ids, configuration, parameters ?? _noParameters, recipe.Variables, recipe.Folder,
            functions: scope.ServiceProvider.GetServices<IRecipeScriptFunctions>());
        var context = new RecipeExecutionContext
        {
            Recipe = recipe,
            Parameters = parameters ?? _noParameters,
            Scripts = scripts,
            Files = new RecipeFileJournal(),
        };

        try
        {
            await session.BeginWriteAsync(cancellationToken);
            await RecipePreflight.CheckAsync(recipe, handlers,
                scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>(), scope.ServiceProvider.GetRequiredService<SiteSettingsService>());
            foreach (var i in RecipeStepOrder.Of(recipe))
            {
                cancellationToken.ThrowIfCancellationRequested();
                context.StepIndex = i;
                context.StepName = RecipeJson.AsString(recipe.Steps[i]["name"]) ?? "";
                await RunStepAsync((JsonObject)recipe.Steps[i].DeepClone(), handlers, context);
            }

            context.StepIndex = -1;
            if (beforeCommit is not null)
            {
                await beforeCommit(scope.ServiceProvider);
            }

            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e)
        {
            await session.RollbackAsync();
            context.Files.Rollback();
            throw Describe(e, context);
        }

        context.Files.Commit();
        var elapsed = Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Recipe {Recipe} ran {Steps} steps ({Items} content items) in {Elapsed} ms",
            recipe.Descriptor.Name, recipe.Steps.Count, context.ContentItemsImported, (int)elapsed.TotalMilliseconds);
        return new RecipeExecutionResult(recipe.Descriptor, recipe.Steps.Count, context.ContentItemsImported, elapsed);
    }

    private static async Task RunStepAsync(JsonObject step, List<IRecipeStepHandler> handlers, RecipeExecutionContext context)
    {
        var matching = handlers.Where(h => string.Equals(h.Name, context.StepName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matching.Count == 0)
        {
            var known = string.Join(", ", handlers.Select(h => h.Name).Distinct().Order(StringComparer.OrdinalIgnoreCase));
            throw new RecipeStepException(context.StepPath + ".name", $"Unknown recipe step '{context.StepName}' (known steps: {known}).");
        }

        context.Scripts.EvaluateTree(step, context.StepPath);
        foreach (var handler in matching)
        {
            await handler.ExecuteAsync(step, context);
        }
    }

    private static RecipeExecutionException Describe(Exception error, RecipeExecutionContext context)
    {
        if (error is RecipeExecutionException described)
        {
            return described;
        }

        var source = context.Recipe.SourceName;
        var path = error is RecipeStepException stepError ? stepError.Path : context.StepPath;
        var reason = OneLine(error is OperationCanceledException ? "The recipe was cancelled." : error.Message);
        var where = context.StepIndex < 0 ? "after the last step" : $"step {context.StepIndex} ({context.StepName}): {path}";
        return new RecipeExecutionException($"{source}: {where}: {reason}", error)
        {
            SourceName = source,
            StepIndex = context.StepIndex < 0 ? null : context.StepIndex,
            StepName = context.StepIndex < 0 ? null : context.StepName,
            JsonPath = context.StepIndex < 0 ? null : path,
        };
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
