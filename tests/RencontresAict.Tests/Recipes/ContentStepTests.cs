using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Recipes;

[Trait("Dates", "ServerZone")]
public sealed class ContentStepTests
{
    [Fact]
    public async Task ItemsAreImportedWithTheirVersionsAndFlags()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var result = await RecipeFiles.RunFileAsync(host, RecipeFiles.MiniConference);

        Assert.Equal(10, result.ContentItems);
        var (published, latest, edition) = await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            return ((await manager.GetAsync("sessopeningzzzzzzzzzzzzzzz"))!,
                (await manager.GetAsync("sessopeningzzzzzzzzzzzzzzz", VersionOptions.Latest))!,
                (await manager.GetAsync("ed13zzzzzzzzzzzzzzzzzzzzzz"))!);
        });
        Assert.Equal(("Ouverture", "sessopeningv1zzzzzzzzzzzzz", false), (published.DisplayText, published.ContentItemVersionId, published.Latest));
        Assert.Equal(("Ouverture officielle", false), (latest.DisplayText, latest.Published));
        Assert.Equal("<p>Bienvenue</p>", published.GetText("HtmlBodyPart", "Html"));
        Assert.Equal("13e-rencontres", edition.GetText("AutoroutePart", "Path"));
        Assert.Equal(new DateTime(2022, 1, 10, 9, 0, 0, DateTimeKind.Utc), edition.PublishedUtc);
    }

    [Fact]
    public async Task ImportingTheSameRecipeTwiceChangesNothing()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RecipeFiles.RunFileAsync(host, RecipeFiles.MiniConference);
        var before = await RecipeFiles.DocumentsAsync(host);

        await RecipeFiles.RunFileAsync(host, RecipeFiles.MiniConference);

        var after = await RecipeFiles.DocumentsAsync(host);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ReimportingAChangedItemWithoutVersionIdUpdatesItInPlace()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RecipeFiles.RunFileAsync(host, RecipeFiles.MiniConference);

        await RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "Content", "data": [ { "ContentItemId": "venuecitezzzzzzzzzzzzzzzzz", "ContentType": "Venue",
                "Latest": true, "Published": true, "Venue": { "Address": { "Text": "Paris 19e" } } } ] } ] }
            """);

        var versions = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAllVersionsAsync("venuecitezzzzzzzzzzzzzzzzz"));
        var only = Assert.Single(versions);
        Assert.Equal("Paris 19e", only.GetText("Venue", "Address", "Text"));
        Assert.Equal("Cité des sciences", only.DisplayText);
    }

    [Fact]
    public async Task AMissingContentItemIdFailsNamingFileStepAndPathAndStoresNothing()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RecipeFiles.RunFileAsync(host, RecipeFiles.MiniConference);
        var before = await RecipeFiles.DocumentsAsync(host);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "Settings", "SiteName": "Changé" },
                         { "name": "Content", "data": [
                            { "ContentItemId": "newvenuezzzzzzzzzzzzzzzzzz", "ContentType": "Venue", "Latest": true, "Published": true },
                            { "ContentType": "Venue", "Latest": true, "Published": true } ] } ] }
            """));

        Assert.EndsWith("test.recipe.json: step 1 (Content): $.steps[1].data[1].ContentItemId: The content item is missing a 'ContentItemId'.",
            error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task AnUnknownContentTypeFailsNamingItsPathAndStoresNothing()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "Content", "Data": [ { "ContentItemId": "abc", "ContentType": "Sesion" } ] } ] }
            """));

        Assert.Contains("unknown content types 'Sesion' at $.steps[0].Data[0].ContentType", error.Message, StringComparison.Ordinal);
        Assert.Empty(await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task AnItemRefusedByItsHandlersFailsAtTheMemberPath()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RecipeFiles.RunFileAsync(host, RecipeFiles.MiniConference);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, """
            { "steps": [ { "name": "Content", "data": [ { "ContentItemId": "otheredzzzzzzzzzzzzzzzzzzz", "ContentType": "Edition",
                "Latest": true, "Published": true, "TitlePart": { "Title": "Doublon" }, "AutoroutePart": { "Path": "13e-rencontres" } } ] } ] }
            """));

        Assert.Contains("$.steps[0].data[0].AutoroutePart.Path:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportedItemsAreIndexed()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RecipeFiles.RunFileAsync(host, RecipeFiles.MiniConference);

        var sessionsOf13 = await host.InScopeAsync(async sp => (await sp.GetRequiredService<DocumentSession>().QueryAsync<string>(
            "SELECT DISTINCT ContentItemId FROM ContentFieldIndex WHERE ContentField = 'Edition' AND Text = 'ed13zzzzzzzzzzzzzzzzzzzzzz' ORDER BY 1")).ToList());
        Assert.Equal(["sessafriquezzzzzzzzzzzzzzz", "sessopeningzzzzzzzzzzzzzzz"], sessionsOf13);
    }
}
