using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Search.Services;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Recipes;

/// <summary>What an export carries for a stock Orchard Core 2.x site, and what it says such a site cannot run.</summary>
public sealed class ExportPortabilityTests
{
    [Fact]
    public async Task TheExportCarriesRolesAndOrchardsStoredStepsAndNamesTheSitesOwnActivitiesAndParts()
    {
        await using var site = await SiteFactory.StartAsync();
        var agency = Path.Combine(AppContext.BaseDirectory, "OrchardRecipes", "agency", "Recipes", "agency.recipe.json");
        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(agency,
            new Dictionary<string, string?> { ["AdminUsername"] = "admin", ["AdminUserId"] = "admin-id", ["SiteName"] = "Agence" });

        RecipeExport export = null!;
        await site.InScopeAsync(async sp => export = await sp.GetRequiredService<RecipeExporter>().ExportAsync());

        var steps = ((JsonArray)export.Recipe["steps"]!).OfType<JsonObject>().ToDictionary(s => (string)s["name"]!);
        var roles = ((JsonArray)steps["Roles"]["Roles"]!).OfType<JsonObject>().ToList();
        Assert.Contains(roles, r => (string?)r["Name"] == "Administrator");
        Assert.Equal(["Always", "Homepage"], ((JsonArray)steps["layers"]["Layers"]!).Select(l => (string?)l!["Name"]).ToList());
        Assert.Contains("{% zone \"Header\" %}", (string?)steps["Templates"]["Templates"]!["Content__LandingPage"]!["Content"], StringComparison.Ordinal);
        Assert.NotNull(steps["MediaProfiles"]["MediaProfiles"]!["medium"]);
        Assert.Contains("activity RegisterForEditionTask", export.SiteOnly);
        Assert.Contains("part RegistrationFormPart", export.SiteOnly);
        Assert.DoesNotContain(export.SiteOnly, n => n.Contains("EmailTask ", StringComparison.Ordinal) || n == "activity EmailTask");
    }

    [Fact]
    public async Task AnExportCarriesTheSearchIndexesAndTheMediaItsItemsUseIntoAnEmptySite()
    {
        await using var first = await ContentEngineHost.StartAsync(siteModules: true);
        await RecipeFiles.RunAsync(first, """
            { "steps": [
                { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "DisplayName": "Note", "Settings": {},
                    "ContentTypePartDefinitionRecords": [ { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": {} } ] } ] },
                { "name": "media", "Files": [
                    { "TargetPath": "photos/salle.png", "Base64": "c2FsbGU=" },
                    { "TargetPath": "photos/inutile.png", "Base64": "aW51dGlsZQ==" } ] },
                { "name": "lucene-index", "Indices": [ { "Notes": { "AnalyzerName": "standardanalyzer", "IndexLatest": false,
                    "IndexedContentTypes": [ "Note" ], "Culture": "any", "StoreSourceData": true } } ] },
                { "name": "content", "data": [ { "ContentItemId": "note1", "ContentType": "Note", "Published": true, "Latest": true,
                    "HtmlBodyPart": { "Html": "<p><img src=\"/media/photos/salle.png\" alt=\"La salle\"></p>" } } ] } ] }
            """);
        var exported = Path.Combine(first.DataPath, "export.recipe.json");
        await first.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportToFileAsync(exported));

        await using var second = await ContentEngineHost.StartAsync(siteModules: true);
        await RecipeFiles.RunFileAsync(second, exported);

        var steps = ((JsonArray)JsonNode.Parse(await File.ReadAllTextAsync(exported))!["steps"]!).OfType<JsonObject>().ToDictionary(s => (string)s["name"]!);
        Assert.Equal("standardanalyzer", (string?)steps["lucene-index"]["Indices"]![0]!["Notes"]!["AnalyzerName"]);
        Assert.Equal(["photos/salle.png"], ((JsonArray)steps["media"]["Files"]!).Select(f => (string?)f!["TargetPath"]).ToList());
        Assert.Equal("salle", await File.ReadAllTextAsync(Path.Combine(second.DataPath, "media", "photos", "salle.png")));
        Assert.False(File.Exists(Path.Combine(second.DataPath, "media", "photos", "inutile.png")));
        var index = await second.InScopeAsync(sp => sp.GetRequiredService<LuceneIndexSettingsService>().GetAsync("Notes"));
        Assert.NotNull(index);
        Assert.Equal(["Note"], index.IndexedContentTypes);
    }
}
