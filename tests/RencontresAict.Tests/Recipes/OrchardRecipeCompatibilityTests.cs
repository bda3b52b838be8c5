using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Settings;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Tests.Recipes;

/// <summary>What Orchard's shipped recipes need from the executor: all-or-nothing refusal, theme-relative media, script functions.</summary>
public sealed class OrchardRecipeCompatibilityTests
{
    [Fact]
    public async Task ARecipeNamingStepsAndTypesTheSiteLacksIsRefusedInOneLineListingEveryNameAndStoresNothing()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, """
            { "steps": [
                { "name": "Settings", "SiteName": "Avant" },
                { "name": "Placements", "Placements": {} },
                { "name": "content", "data": [
                    { "ContentItemId": "a1", "ContentType": "Gadget", "Gadget": {} },
                    { "ContentItemId": "a2", "ContentType": "Holder",
                      "BagPart": { "ContentItems": [ { "ContentItemId": "a3", "ContentType": "Gizmo" } ] } } ] },
                { "name": "Frobnicate" } ] }
            """));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("this site cannot honour the recipe, nothing was stored: unknown steps 'Placements', 'Frobnicate'; "
            + "unknown content types 'Gadget' at $.steps[2].data[0].ContentType, 'Holder' at $.steps[2].data[1].ContentType, "
            + "'Gizmo' at $.steps[2].data[1].BagPart.ContentItems[0].ContentType", error.Message, StringComparison.Ordinal);
        Assert.Empty(await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task MediaOfARecipeInAThemesRecipesFolderMayComeFromTheThemeButNotFromAboveIt()
    {
        await using var host = await ContentEngineHost.StartAsync();
        var theme = Path.Combine(host.DataPath, "SomeTheme");
        Directory.CreateDirectory(Path.Combine(theme, "Recipes"));
        Directory.CreateDirectory(Path.Combine(theme, "wwwroot"));
        await File.WriteAllTextAsync(Path.Combine(theme, "wwwroot", "logo.png"), "png");
        await File.WriteAllTextAsync(Path.Combine(host.DataPath, "secret.txt"), "secret");
        var recipe = Path.Combine(theme, "Recipes", "x.recipe.json");

        await File.WriteAllTextAsync(recipe, """
            { "steps": [ { "name": "media", "Files": [ { "TargetPath": "logo.png", "SourcePath": "../wwwroot/logo.png" } ] } ] }
            """);
        await RecipeFiles.RunFileAsync(host, recipe);
        await File.WriteAllTextAsync(recipe, """
            { "steps": [ { "name": "media", "Files": [ { "TargetPath": "s.txt", "SourcePath": "../../secret.txt" } ] } ] }
            """);
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunFileAsync(host, recipe));

        Assert.Equal("png", await File.ReadAllTextAsync(Path.Combine(host.DataPath, "media", "logo.png")));
        Assert.Contains("$.steps[0].Files[0].SourcePath: '../../secret.txt' is outside the recipe's theme or module folder ('SomeTheme').",
            error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(host.DataPath, "media", "s.txt")));
    }

    [Fact]
    public async Task RecipeScriptsBuildAWorkflowInvokeUrlWithGetUrlPrefixAndCreateWorkflowToken()
    {
        await using var host = await ContentEngineHost.StartAsync(siteModules: true);

        await RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "Settings",
                "SiteName": "[js: getUrlPrefix('/workflows/invoke/' + encodeURI(createWorkflowToken('type1', 'activity1')))]",
                "PageTitleFormat": "[js: getUrlPrefix('') + '|' + getUrlPrefix('a/b/')]" } ] }
            """);

        var site = await host.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsService>().GetAsync());
        Assert.Equal("/|/a/b", site.PageTitleFormat);
        Assert.StartsWith("/workflows/invoke/", site.SiteName, StringComparison.Ordinal);
        var tokens = host.Services.GetRequiredService<WorkflowTokenService>();
        Assert.Equal(TokenResult.Valid, tokens.TryReadToken<WorkflowPayload>(site.SiteName["/workflows/invoke/".Length..], out var payload));
        Assert.Equal(new WorkflowPayload("type1", "activity1"), payload);
    }
}
