using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Settings;
using RencontresAict.Content.Setup;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Setup;

public sealed class SiteSetupTests
{
    [Fact]
    public async Task AnEmptyStoreIsSetUpFromTheSetupRecipeWithItsAdministrator()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await StartAsync(logs, ("Site:SetupRecipe", RecipeFiles.MiniConference), ("Site:AdminUserName", "marie"));

        var result = await host.Services.GetRequiredService<SiteSetupService>().SetupAsync();

        Assert.True(result.SetUp);
        Assert.Equal(10, result.Recipe!.ContentItems);
        var (users, site) = await host.InScopeAsync(async sp => (
            (await sp.GetRequiredService<DocumentSession>().GetSingletonAsync<UsersDocument>(UsersDocument.DocumentType))!,
            await sp.GetRequiredService<SiteSettingsService>().GetAsync()));
        var admin = Assert.Single(users.Users);
        Assert.Equal(("marie", "admin@localhost"), (admin.UserName, admin.Email));
        Assert.Equal(["Administrator"], admin.Roles);
        Assert.Equal("Mini conférence", site.SiteName);

        var logged = Assert.Single(logs.Entries, e => e.Message.StartsWith("Administrator password generated: ", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, logged.Level);
        var password = logged.Message["Administrator password generated: ".Length..];
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<UserRecord>().VerifyHashedPassword(admin, admin.PasswordHash, password));
        Assert.DoesNotContain(password, admin.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipesSeeTheAdministratorAsParameters()
    {
        await using var host = await StartAsync(null, ("Site:SetupRecipe", RecipeFiles.MiniConference), ("Site:AdminPassword", "Un-mot-de-passe-1"));

        await host.Services.GetRequiredService<SiteSetupService>().SetupAsync();

        var (users, edition) = await host.InScopeAsync(async sp => (
            (await sp.GetRequiredService<DocumentSession>().GetSingletonAsync<UsersDocument>(UsersDocument.DocumentType))!,
            (await sp.GetRequiredService<RencontresAict.Content.ContentManagement.ContentManager>().GetAsync("ed13zzzzzzzzzzzzzzzzzzzzzz"))!));
        Assert.Equal(users.Users[0].UserId, edition.Owner);
        Assert.Equal("admin", edition.Author);
    }

    [Fact]
    public async Task AConfiguredPasswordIsNeitherGeneratedNorLogged()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await StartAsync(logs, ("Site:SetupRecipe", RecipeFiles.MiniConference), ("Site:AdminPassword", "Un-mot-de-passe-1"));

        await host.Services.GetRequiredService<SiteSetupService>().SetupAsync();

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("password", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Un-mot-de-passe-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASiteAlreadySetUpIsLeftAlone()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await StartAsync(logs, ("Site:SetupRecipe", RecipeFiles.MiniConference));
        await host.Services.GetRequiredService<SiteSetupService>().SetupAsync();
        var before = await RecipeFiles.DocumentsAsync(host);

        var again = await host.Services.GetRequiredService<SiteSetupService>().SetupAsync();

        Assert.False(again.SetUp);
        Assert.Equal(before, await RecipeFiles.DocumentsAsync(host));
        Assert.Single(logs.Entries, e => e.Message.StartsWith("Administrator password generated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailedSetupStoresNothingNotEvenTheAdministrator()
    {
        var folder = Path.Combine(Path.GetTempPath(), "raict-tests", "setup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.recipe.json"), """{ "steps": [ { "name": "Content", "data": [ {} ] } ] }""");
        await using var host = await StartAsync(null, ("Site:SetupRecipe", "broken"), ("Site:RecipesPath", folder));

        var error = await Assert.ThrowsAsync<RencontresAict.Content.Recipes.RecipeExecutionException>(
            () => host.Services.GetRequiredService<SiteSetupService>().SetupAsync());

        Assert.Contains("broken.recipe.json: step 0 (Content): $.steps[0].data[0].ContentItemId", error.Message, StringComparison.Ordinal);
        Assert.Empty(await RecipeFiles.DocumentsAsync(host));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ASetupRecipeNameIsLookedUpInTheRecipesFolder()
    {
        await using var host = await StartAsync(null, ("Site:RecipesPath", Path.GetDirectoryName(RecipeFiles.MiniConference)!));

        var path = host.Services.GetRequiredService<SiteSetupService>().ResolveRecipePath("mini-conference");

        Assert.Equal(RecipeFiles.MiniConference, path);
    }

    private static Task<ContentEngineHost> StartAsync(CapturingLoggerProvider? logs, params (string Key, string Value)[] settings) =>
        ContentEngineHost.StartAsync(services =>
        {
            var existing = (IConfiguration)services.Last(d => d.ServiceType == typeof(IConfiguration)).ImplementationInstance!;
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddConfiguration(existing)
                .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
                .Build());
            if (logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(logs);
            }
        });
}
