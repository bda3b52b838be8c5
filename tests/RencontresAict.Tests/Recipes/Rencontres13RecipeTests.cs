using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Setup;
using RencontresAict.Tests.Fixtures;
using Xunit.Abstractions;

namespace RencontresAict.Tests.Recipes;

/// <summary>
/// The 13th edition's recipe (recipes/rencontres-aict-13.recipe.json at the repository root).
/// </summary>
[Trait("Dates", "ServerZone")]
public sealed class Rencontres13RecipeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheThirteenthEditionImportsIntoAnEmptySite()
    {
        await using var host = await ContentEngineHost.StartAsync(siteModules: true);

        var result = await RecipeFiles.RunFileAsync(host, RecipeFiles.Rencontres13);

        output.WriteLine($"{result.Steps} steps, {result.ContentItems} content items in {result.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(result.ContentItems > 0);
    }

    [Fact]
    public async Task ImportingTheThirteenthEditionTwiceChangesNothing()
    {
        await using var host = await ContentEngineHost.StartAsync(siteModules: true);
        await RecipeFiles.RunFileAsync(host, RecipeFiles.Rencontres13);
        var before = await RecipeFiles.DocumentsAsync(host);

        await RecipeFiles.RunFileAsync(host, RecipeFiles.Rencontres13);

        Assert.Equal(before, await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task SettingUpAnEmptyFolderWithTheThirteenthEditionIsQuick()
    {
        await using var host = await ContentEngineHost.StartAsync(services =>
        {
            var existing = (IConfiguration)services.Last(d => d.ServiceType == typeof(IConfiguration)).ImplementationInstance!;
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddConfiguration(existing)
                .AddInMemoryCollection([KeyValuePair.Create("Site:SetupRecipe", (string?)RecipeFiles.Rencontres13)]).Build());
        }, siteModules: true);
        var watch = Stopwatch.StartNew();

        var result = await host.Services.GetRequiredService<SiteSetupService>().SetupAsync();

        watch.Stop();
        output.WriteLine($"Setup of the 13th edition: {watch.ElapsedMilliseconds} ms ({result.Recipe!.ContentItems} content items; target < 3000 ms)");
        Assert.True(result.SetUp);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"Setup took {watch.ElapsedMilliseconds} ms.");
    }
}
