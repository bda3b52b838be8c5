using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Setup;

/// <summary>
/// Brings the store's schema up to date and, when it holds no site yet (no Site document, no content), runs the
/// recipe named by <c>Site:SetupRecipe</c> with the administrator recorded in the same transaction. Without a
/// configured <c>Site:AdminPassword</c> a password is generated and logged once, at Warning level.
/// </summary>
public sealed class SiteSetupService(
    SchemaMigrator migrator,
    IServiceScopeFactory scopes,
    RecipeExecutor executor,
    IdGenerator ids,
    IOptions<SiteOptions> options,
    IOptions<DatabaseOptions> database,
    IEnumerable<IHostEnvironment> environments,
    ILogger<SiteSetupService> logger)
{
    public const string AdministratorRole = "Administrator";
    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!";

    public Task<SiteSetupResult> SetupAsync(CancellationToken cancellationToken = default) => SetupWithAsync(null, cancellationToken);

    /// <summary>The same setup with another recipe than Site:SetupRecipe (an import on an empty data folder).</summary>
    public async Task<SiteSetupResult> SetupWithAsync(string? recipePath, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await migrator.MigrateAsync(cancellationToken);
        if (!await IsEmptyAsync())
        {
            return new SiteSetupResult(false, null, null, Stopwatch.GetElapsedTime(started));
        }

        var site = options.Value;
        recipePath ??= ResolveRecipePath(site.SetupRecipe);
        var administrator = new UserRecord
        {
            UserId = ids.GenerateUniqueId(),
            UserName = site.AdminUserName,
            Email = site.AdminEmail,
            Roles = [AdministratorRole],
        };
        var generated = string.IsNullOrEmpty(site.AdminPassword);
        var password = generated ? GeneratePassword() : site.AdminPassword!;
        administrator.PasswordHash = new PasswordHasher<UserRecord>().HashPassword(administrator, password);

        var result = await executor.ExecuteFileAsync(recipePath, ParametersFor(administrator),
            services => services.GetRequiredService<DocumentSession>()
                .SaveSingletonAsync(UsersDocument.DocumentType, new UsersDocument { Users = [administrator] }),
            cancellationToken);
        if (generated)
        {
            logger.LogWarning("Administrator password generated: {Password}", password);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Site set up from {Recipe} in {Elapsed} ms ({Items} content items); administrator '{UserName}'",
            recipePath, (int)elapsed.TotalMilliseconds, result.ContentItems, administrator.UserName);
        return new SiteSetupResult(true, recipePath, result, elapsed) { AdministratorName = administrator.UserName, PasswordGenerated = generated };
    }

    /// <summary>The <c>parameters()</c> a recipe imported later sees: the recorded administrator, else the configured one.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> GetRecipeParametersAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<DocumentSession>().GetSingletonAsync<UsersDocument>(UsersDocument.DocumentType);
        var administrator = users?.Users.Find(u => u.Roles.Contains(AdministratorRole))
            ?? new UserRecord { UserName = options.Value.AdminUserName, Email = options.Value.AdminEmail };
        return ParametersFor(administrator);
    }

    /// <summary>
    /// A recipe name is looked up as <c>{Site:RecipesPath}/{name}.recipe.json</c>; a value with a folder or a
    /// <c>.json</c> ending is a path. Relative paths are tried under the content root, the current folder, the program's
    /// folder (recipes ship beside it), then the content root's parent folders (so the site started from
    /// <c>src/RencontresAict.Web</c> finds the repository's recipes).
    /// </summary>
    public string ResolveRecipePath(string setupRecipe)
    {
        var isPath = setupRecipe.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || setupRecipe.Contains('/', StringComparison.Ordinal) || setupRecipe.Contains('\\', StringComparison.Ordinal);
        var relative = isPath ? setupRecipe : Path.Combine(options.Value.RecipesPath, setupRecipe + ".recipe.json");
        if (Path.IsPathRooted(relative))
        {
            return File.Exists(relative) ? relative : throw new FileNotFoundException($"Setup recipe not found: {relative}.", relative);
        }

        var contentRoot = environments.FirstOrDefault()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        var folders = new List<string> { contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        for (var parent = Directory.GetParent(contentRoot); parent is not null; parent = parent.Parent)
        {
            folders.Add(parent.FullName);
        }

        return folders.Select(folder => Path.Combine(folder, relative)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Setup recipe not found: {relative} (looked under {contentRoot} and its parent folders).", relative);
    }

    private Dictionary<string, string?> ParametersFor(UserRecord administrator) => new(StringComparer.Ordinal)
    {
        ["AdminUsername"] = administrator.UserName,
        ["AdminUserId"] = administrator.UserId,
        ["AdminEmail"] = administrator.Email,
        ["SiteName"] = new SiteSettings().SiteName,
        ["SiteTimeZone"] = "Europe/Paris",
        ["DatabaseProvider"] = string.IsNullOrWhiteSpace(database.Value.Provider) ? "Sqlite" : database.Value.Provider,
    };

    private async Task<bool> IsEmptyAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DocumentSession>();
        return await session.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM Document WHERE Type IN (@Site, @ContentItem)",
            new { Site = SiteSettingsService.DocumentType, ContentItem = ContentItemStore.DocumentType }) == 0;
    }

    private static string GeneratePassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(PasswordAlphabet, 20);
            if (password.Any(char.IsLower) && password.Any(char.IsUpper) && password.Any(char.IsDigit) && password.Any(c => !char.IsLetterOrDigit(c)))
            {
                return password;
            }
        }
    }
}
