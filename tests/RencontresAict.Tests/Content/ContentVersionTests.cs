using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Content;

public sealed class ContentVersionTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task PublishedItemHasOneVersionThatIsLatestAndPublished(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var id = await CreateArticleAsync(host, "Points pays");

        var versions = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAllVersionsAsync(id));

        var only = Assert.Single(versions);
        Assert.True(only.Latest);
        Assert.True(only.Published);
        Assert.Equal(26, only.ContentItemVersionId.Length);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task SavingADraftKeepsThePublishedVersionLive(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var id = await CreateArticleAsync(host, "Points pays");

        await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var draft = (await manager.GetAsync(id, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Points pays (modifié)";
            await manager.SaveDraftAsync(draft);
        });

        var (published, latest) = await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            return ((await manager.GetAsync(id))!, (await manager.GetAsync(id, VersionOptions.Latest))!);
        });
        Assert.Equal("Points pays", published.DisplayText);
        Assert.False(published.Latest);
        Assert.Equal("Points pays (modifié)", latest.DisplayText);
        Assert.False(latest.Published);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task PublishingADraftArchivesThePreviousVersion(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var id = await CreateArticleAsync(host, "Ouverture");

        await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var draft = (await manager.GetAsync(id, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Ouverture des Rencontres";
            await manager.SaveDraftAsync(draft);
            await manager.PublishAsync(draft);
        });

        var versions = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAllVersionsAsync(id));
        Assert.Equal(2, versions.Count);
        Assert.False(versions[0].Latest || versions[0].Published);
        Assert.True(versions[1].Latest && versions[1].Published);
        Assert.Equal("Ouverture des Rencontres", versions[1].DisplayText);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task UnpublishingHidesTheItemButKeepsItsLatestVersion(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var id = await CreateArticleAsync(host, "Pause café");

        await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            await manager.UnpublishAsync((await manager.GetAsync(id))!);
        });

        var (published, latest) = await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            return (await manager.GetAsync(id), await manager.GetAsync(id, VersionOptions.Latest));
        });
        Assert.Null(published);
        Assert.NotNull(latest);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task RemovingAnItemLeavesNoLatestOrPublishedVersion(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var id = await CreateArticleAsync(host, "Cocktail déjeuner");

        await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            await manager.RemoveAsync((await manager.GetAsync(id))!);
        });

        var versions = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAllVersionsAsync(id));
        Assert.All(versions, v => Assert.False(v.Latest || v.Published));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task NothingIsStoredWhenTheSessionIsNotSaved(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));
        string? id = null;

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Article");
            item.GetPart("TitlePart")!["Title"] = "Jamais enregistré";
            await manager.CreateAsync(item);
            id = item.ContentItemId;
        }

        var found = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Null(found);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task SavingOverAVersionChangedMeanwhileIsRefused(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var id = await CreateArticleAsync(host, "Atelier");
        var stale = await host.InScopeAsync(async sp => (await sp.GetRequiredService<ContentManager>().GetAsync(id))!);
        await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var fresh = (await manager.GetAsync(id))!;
            await manager.UpdateAsync(fresh);
        });

        await Assert.ThrowsAsync<ContentConcurrencyException>(() => host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ContentManager>().UpdateAsync(stale);
        }));
    }

    internal static Task<string> CreateArticleAsync(ContentEngineHost host, string title, string? path = null) =>
        host.InScopeAsync(async sp =>
        {
            if (await sp.GetRequiredService<RencontresAict.Content.Metadata.ContentDefinitionManager>().GetTypeDefinitionAsync("Article") is null)
            {
                await TestDefinitions.AddArticleTypeAsync(sp);
            }

            var manager = sp.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Article");
            item.GetPart("TitlePart")!["Title"] = title;
            if (path is not null)
            {
                item.GetPart("AutoroutePart")!["Path"] = path;
            }

            await manager.CreateAsync(item);
            return item.ContentItemId;
        });
}
