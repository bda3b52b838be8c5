using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Recipes.Export;
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
}
