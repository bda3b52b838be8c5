using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Setup;

public sealed class SiteStartupTests
{
    [Fact]
    public async Task TheFirstStartOfTheSiteSetsUpAnEmptyDataFolder()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", "site-" + Guid.NewGuid().ToString("N"));
        await using (var site = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Site:DataPath", dataPath)
            .UseSetting("Site:SetupRecipe", RecipeFiles.MiniConference)
            .UseSetting("Site:AdminPassword", "Un-mot-de-passe-1")))
        {
            var health = await site.CreateClient().GetStringAsync(new Uri("/health", UriKind.Relative));

            Assert.Equal("ok", health);
            await using var scope = site.Services.CreateAsyncScope();
            var edition = await scope.ServiceProvider.GetRequiredService<ContentManager>().GetAsync("ed13zzzzzzzzzzzzzzzzzzzzzz");
            Assert.Equal("13e Rencontres", edition?.DisplayText);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataPath, recursive: true);
    }
}
