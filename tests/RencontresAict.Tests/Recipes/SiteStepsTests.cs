using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Settings;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Recipes;

/// <summary>The Settings, Feature, Themes and media steps.</summary>
[Trait("Dates", "ServerZone")]
public sealed class SiteStepsTests
{
    [Fact]
    public async Task SettingsSetKnownFieldsAndStoreOtherKeysWhole()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RecipeFiles.RunAsync(host, """
            { "steps": [
              { "name": "Settings", "SmtpSettings": { "Host": "a", "Port": 25 } },
              { "name": "Settings", "SiteName": "Rencontres", "PageSize": "[js: 12]", "UseCdn": "true", "ResourceDebugMode": "Disabled",
                "TimeZoneId": "Europe/Paris", "BaseUrl": "https://rencontres.example", "CacheMode": 1,
                "HomeRoute": { "Action": "Display", "ContentItemId": "x" }, "SmtpSettings": { "Host": "b" } } ] }
            """);

        var site = await host.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsService>().GetAsync());
        Assert.Equal(("Rencontres", 12, true, 2, 1), (site.SiteName, site.PageSize, site.UseCdn, site.ResourceDebugMode, site.CacheMode));
        Assert.Equal("https://rencontres.example", site.BaseUrl);
        Assert.Equal("x", site.HomeRoute!["ContentItemId"]!.GetValue<string>());
        Assert.Equal("""{"Host":"b"}""", site.Properties["SmtpSettings"]!.ToJsonString());
        Assert.False(site.Properties.ContainsKey("name"));
    }

    [Fact]
    public async Task ABadSettingsValueFailsAtItsPath()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            RecipeFiles.RunAsync(host, """{ "steps": [ { "name": "Settings", "PageSize": "vingt" } ] }"""));

        Assert.Contains("step 0 (Settings): $.steps[0].PageSize: Expected a whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeaturesAndThemesAreRecorded()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "Feature", "enable": ["OrchardCore.Contents", "OrchardCore.Lucene", "Not.A.Feature"] },
                         { "name": "feature", "disable": ["OrchardCore.Lucene"] },
                         { "name": "Themes", "site": "TheRencontresTheme", "admin": "TheAdmin" },
                         { "name": "themes", "site": "TheBlogTheme" } ] }
            """);

        var site = await host.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsService>().GetAsync());
        Assert.Equal(["OrchardCore.Contents", "Not.A.Feature"], site.EnabledFeatures);
        Assert.Equal("""{"site":"TheBlogTheme","admin":"TheAdmin"}""", site.Themes!.ToJsonString());
    }

    [Fact]
    public async Task MediaFilesAreWrittenUnderTheDataFolder()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(host.DataPath, "logo.svg"), "<svg/>");
        Directory.CreateDirectory(Path.Combine(host.DataPath, "recipes"));
        File.Move(Path.Combine(host.DataPath, "logo.svg"), Path.Combine(host.DataPath, "recipes", "logo.svg"));

        await RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "media", "Files": [
                { "TargetPath": "images/a.txt", "Base64": "YQ==", "SourcePath": "logo.svg" },
                { "Path": "/images/logo.svg", "SourcePath": "logo.svg" } ] } ] }
            """);

        Assert.Equal("a", await File.ReadAllTextAsync(Path.Combine(host.DataPath, "media", "images", "a.txt")));
        Assert.Equal("<svg/>", await File.ReadAllTextAsync(Path.Combine(host.DataPath, "media", "images", "logo.svg")));
    }

    [Theory]
    [InlineData("""{ "TargetPath": "../escape.txt", "Base64": "YQ==" }""", "$.steps[0].Files[0].TargetPath: '../escape.txt' is outside the media folder.")]
    [InlineData("""{ "TargetPath": "a.txt", "SourcePath": "../../etc/passwd" }""", "$.steps[0].Files[0].SourcePath: '../../etc/passwd' is outside the recipe's folder.")]
    [InlineData("""{ "TargetPath": "a.png", "SourceUrl": "https://example.org/a.png" }""", "$.steps[0].Files[0].SourceUrl: Downloading media from a 'SourceUrl' is not supported")]
    public async Task MediaOutsideItsFoldersOrFromTheNetworkIsRefused(string file, string expected)
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            RecipeFiles.RunAsync(host, $$"""{ "steps": [ { "name": "media", "Files": [ {{file}} ] } ] }"""));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(host.DataPath, "escape.txt")));
    }

    [Fact]
    public async Task MediaWrittenByAFailedRecipeIsUndone()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RecipeFiles.RunAsync(host, """{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "kept.txt", "Base64": "YXZhbnQ=" } ] } ] }""");

        await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "media", "Files": [ { "TargetPath": "kept.txt", "Base64": "YXByw6hz" },
                                                       { "TargetPath": "new/folder/added.txt", "Base64": "YQ==" } ] },
                         { "name": "Content", "data": [ { "ContentType": "Nope" } ] } ] }
            """));

        var media = Path.Combine(host.DataPath, "media");
        Assert.Equal("avant", await File.ReadAllTextAsync(Path.Combine(media, "kept.txt")));
        Assert.Equal(["kept.txt"], Directory.EnumerateFileSystemEntries(media).Select(Path.GetFileName));
    }
}
