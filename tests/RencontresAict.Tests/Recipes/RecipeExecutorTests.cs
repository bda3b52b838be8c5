using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Settings;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Recipes;

public sealed class RecipeExecutorTests
{
    [Fact]
    public async Task CommentsAndTrailingCommasAreAccepted()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var result = await RecipeFiles.RunAsync(host, """
            // Orchard recipes may carry comments
            {
              "name": "commented", /* here too */
              "steps": [ { "name": "Settings", "SiteName": "Avec commentaires", }, ],
            }
            """);

        Assert.Equal(1, result.Steps);
        Assert.Equal("Avec commentaires", (await host.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsService>().GetAsync())).SiteName);
    }

    [Fact]
    public async Task TheHeaderIsReadIntoTheDescriptor()
    {
        var recipe = await RecipeReader.ReadFileAsync(RecipeFiles.MiniConference);

        Assert.Equal("mini-conference", recipe.Descriptor.Name);
        Assert.Equal("Mini conference", recipe.Descriptor.DisplayName);
        Assert.Equal("Tests", recipe.Descriptor.Author);
        Assert.Equal("https://example.org", recipe.Descriptor.Website);
        Assert.Equal("1.0.0", recipe.Descriptor.Version);
        Assert.True(recipe.Descriptor.IsSetupRecipe);
        Assert.Equal(["tests"], recipe.Descriptor.Categories);
        Assert.Equal(["conference", "recipes"], recipe.Descriptor.Tags);
        Assert.Equal(6, recipe.Steps.Count);
    }

    [Fact]
    public async Task StepsAndVariablesAreMatchedCaseSensitively()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var result = await RecipeFiles.RunAsync(host, """{ "Steps": [ { "name": "Settings", "SiteName": "Jamais" } ] }""");

        Assert.Equal(0, result.Steps);
        Assert.Empty(await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task StepNamesAreMatchedIgnoringCase()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RecipeFiles.RunAsync(host, """{ "steps": [ { "name": "settings", "SiteName": "Minuscules" }, { "name": "FEATURE", "enable": ["X"] } ] }""");

        var site = await host.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsService>().GetAsync());
        Assert.Equal("Minuscules", site.SiteName);
        Assert.Equal(["X"], site.EnabledFeatures);
    }

    [Fact]
    public async Task AnUnknownStepFailsNamingIt()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "Settings", "SiteName": "Avant" }, { "name": "WorkflowType", "data": [] } ] }
            """));

        Assert.Matches(@"test\.recipe\.json: this site cannot honour the recipe, nothing was stored: unknown steps 'WorkflowType' \(known steps: ", error.Message);
        Assert.Empty(await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task MalformedJsonNamesTheFileLineAndPositionAndStoresNothing()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RecipeFiles.RunAsync(host, """{ "steps": [ { "name": "Settings", "SiteName": "Avant" } ] }""");
        var before = await RecipeFiles.DocumentsAsync(host);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, "{\n  \"steps\": [\n    { \"name\": \"Settings\" \"SiteName\": \"Après\" }\n  ]\n}"));

        Assert.StartsWith(Path.Combine(host.DataPath, "recipes", "test.recipe.json") + ": line 3, position 26: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task TheRootMustBeAnObject()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, "[]"));

        Assert.EndsWith("test.recipe.json: $: The root of a recipe must be a JSON object.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingStepRollsBackTheStepsBeforeIt()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RecipeFiles.RunFileAsync(host, RecipeFiles.MiniConference);
        var before = await RecipeFiles.DocumentsAsync(host);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, """
            { "steps": [
                { "name": "Settings", "SiteName": "Changé" },
                { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Nouveau", "DisplayName": "Nouveau" } ] },
                { "name": "Content", "data": [ { "ContentType": "Nouveau" } ] } ] }
            """));

        Assert.Contains("step 2 (Content): $.steps[2].data[0].ContentItemId: The content item is missing a 'ContentItemId'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RecipeFiles.DocumentsAsync(host));
        Assert.Null(await host.InScopeAsync(sp => sp.GetRequiredService<ContentDefinitionManager>().GetTypeDefinitionAsync("Nouveau")));
    }

    [Fact]
    public async Task HandlersFromOtherModulesAreFoundInDependencyInjection()
    {
        await using var host = await ContentEngineHost.StartAsync(services => services.AddScoped<IRecipeStepHandler, CountingStepHandler>());

        await RecipeFiles.RunAsync(host, """{ "steps": [ { "name": "counting", "value": "[js: 40 + 2]" } ] }""");

        var site = await host.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsService>().GetAsync());
        Assert.Equal("42", site.Properties["Counted"]!.GetValue<string>());
    }

    private sealed class CountingStepHandler(SiteSettingsService settings) : IRecipeStepHandler
    {
        public string Name => "Counting";

        public async Task ExecuteAsync(System.Text.Json.Nodes.JsonObject step, RecipeExecutionContext context)
        {
            var site = await settings.GetAsync();
            site.Properties["Counted"] = step["value"]!.DeepClone();
            await settings.SaveAsync(site);
        }
    }
}
