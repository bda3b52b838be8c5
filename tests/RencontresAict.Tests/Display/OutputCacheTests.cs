using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RencontresAict.Content;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Web.Display;

namespace RencontresAict.Tests.Display;

public sealed class OutputCacheTests
{
    private const string PauseId = "4a1ct130sess10n02206201600";

    [Fact]
    public async Task ASecondRequestIsServedFromTheOutputCache()
    {
        await using var site = await SiteFactory.StartAsync();
        var first = await site.GetOkPageAsync("/programme");

        // Changed behind the content manager's back: no handler runs, so nothing evicts the cached page.
        await site.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteAsync(
            "UPDATE Document SET Content = replace(Content, 'Pause café', 'Pause modifiée') WHERE Type = 'ContentItem'"));
        var second = await site.GetOkPageAsync("/programme");

        Assert.Contains("Pause café", first.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pause café", second.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeMadeByAnotherProcessOnTheSameDataFolderReachesTheCachedProgrammeWithinAPoll()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["PublicSite:ChangePollInterval"] = "00:00:00.1" });
        await site.GetOkPageAsync("/programme");

        // The other process (the command line, say) commits its change, then raises the stamp beside the database.
        await site.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteAsync(
            "UPDATE Document SET Content = replace(Content, 'Pause café', 'Pause changée ailleurs') WHERE Type = 'ContentItem'"));
        var cachedMeanwhile = await site.GetOkPageAsync("/programme");
        new PublicChangeSignal(Options.Create(new SiteOptions { DataPath = site.DataPath }), NullLogger<PublicChangeSignal>.Instance).Raise();
        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            await Task.Delay(100);
            seen = (await site.GetOkPageAsync("/programme")).QuerySelector("main")!.TextContent.Contains("Pause changée ailleurs", StringComparison.Ordinal);
        }

        Assert.Contains("Pause café", cachedMeanwhile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(seen, "the programme still showed the cached page 5 s after the other process's change");
    }

    [Fact]
    public async Task PublishingAChangeShowsOnTheProgrammeAtOnce()
    {
        await using var site = await SiteFactory.StartAsync();
        await site.GetOkPageAsync("/programme");

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync(PauseId, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Pause café et thé";
            await content.SaveDraftAsync(draft);
            await content.PublishAsync(draft);
        });
        var page = await site.GetOkPageAsync("/programme");

        Assert.Contains("Pause café et thé", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnpublishingASessionRemovesItFromTheProgrammeAtOnce()
    {
        await using var site = await SiteFactory.StartAsync();
        await site.GetOkPageAsync("/programme");

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            await content.UnpublishAsync((await content.GetAsync(PauseId))!);
        });
        var page = await site.GetOkPageAsync("/programme");

        Assert.DoesNotContain("Pause café", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, page.QuerySelectorAll("li.slot").Length);
    }

    [Fact]
    public async Task ADraftSavedWithoutPublishingChangesNothingForVisitors()
    {
        await using var site = await SiteFactory.StartAsync();
        await site.GetOkPageAsync("/programme");

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync(PauseId, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Brouillon non publié";
            await content.SaveDraftAsync(draft);
        });
        var page = await site.GetOkPageAsync("/programme");

        Assert.DoesNotContain("Brouillon non publié", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArchivedProgrammeIsCachedAndEvictedByAPublishLikeTheCurrentOne()
    {
        await using var site = await SiteFactory.StartAsync();
        await TestEdition.ImportAsync(site);
        await site.GetOkPageAsync("/2022/programme");

        await site.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteAsync(
            "UPDATE Document SET Content = replace(Content, 'Pause café', 'Pause modifiée') WHERE Type = 'ContentItem'"));
        var cached = await site.GetOkPageAsync("/2022/programme");
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync(PauseId, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Pause café et thé";
            await content.SaveDraftAsync(draft);
            await content.PublishAsync(draft);
        });
        var evicted = await site.GetOkPageAsync("/2022/programme");

        Assert.Contains("Pause café", cached.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pause café et thé", evicted.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
