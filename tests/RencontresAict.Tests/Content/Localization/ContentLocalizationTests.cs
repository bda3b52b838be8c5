using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Content.Localization;

/// <summary>
/// LocalizationPart and localization sets in the engine (issue 12): translating an item, the refusals (a translation of a
/// translation, a second English item in a set) that store nothing, and export/import keeping the sets.
/// </summary>
public sealed class ContentLocalizationTests
{
    private const string FrenchSpeaker = "4a1ct130spkrrebsamen000001";
    private const string EnglishSpeaker = "en1ct130spkrrebsamen000001";

    [Fact]
    public async Task TranslatingMakesAnEnglishDraftInTheSetAndATranslationOfATranslationOrASecondEnglishItemIsRefused()
    {
        await using var host = await ContentEngineHost.StartAsync(siteModules: true);
        await RecipeFiles.RunFileAsync(host, RecipeFiles.Rencontres13);

        var untranslated = await host.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var page = await content.NewAsync("Page");
            page.DisplayText = "Plan d'accès";
            page.GetOrCreatePart("TitlePart")["Title"] = "Plan d'accès";
            page.GetOrCreatePart("AutoroutePart")["Path"] = "infos-pratiques/plan";
            await content.CreateAsync(page);
            return page;
        });
        var draft = await host.InScopeAsync(sp => sp.GetRequiredService<ContentTranslator>().TranslateAsync(untranslated.ContentItemId, "en"));
        var ofATranslation = await Assert.ThrowsAsync<ContentLocalizationException>(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<ContentTranslator>().TranslateAsync(EnglishSpeaker, "en")));
        var again = await Assert.ThrowsAsync<ContentLocalizationException>(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<ContentTranslator>().TranslateAsync(FrenchSpeaker, "en")));
        var second = await Assert.ThrowsAsync<ContentValidationException>(() => host.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var copy = (await content.GetAsync(EnglishSpeaker))!.Clone();
            copy.Id = 0;
            copy.ContentItemId = "en1ct130spkrrebsamen000002";
            copy.ContentItemVersionId = "en1ct13vspkrrebsamen000002";
            copy.Published = false;
            copy.GetOrCreatePart("AutoroutePart")["Path"] = "en/speakers/second";
            await content.CreateAsync(copy);
        }));
        var speakerSet = await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteScalarAsync<long>(
            "SELECT COUNT(DISTINCT ContentItemId) FROM LocalizedContentItemIndex WHERE LocalizationSet = 'ls1ct130spkrrebsamen000001'"));

        var part = draft.As<LocalizationPart>();
        Assert.Equal((untranslated.As<LocalizationPart>().LocalizationSet, "en"), (part.LocalizationSet, part.Culture));
        Assert.Equal("fr-FR", untranslated.As<LocalizationPart>().Culture);
        Assert.False(draft.Published);
        Assert.Equal("en/infos-pratiques/plan", draft.GetText("AutoroutePart", "Path"));
        Assert.Equal("Plan d'accès", draft.DisplayText);
        Assert.Contains("est déjà une traduction (en anglais)", ofATranslation.Message, StringComparison.Ordinal);
        Assert.Contains("a déjà une traduction en anglais", again.Message, StringComparison.Ordinal);
        Assert.Contains("déjà un élément en anglais", second.Message, StringComparison.Ordinal);
        Assert.Equal(2, speakerSet);
    }

    [Fact]
    public async Task AnExportImportedIntoAnEmptySiteKeepsTheLocalizationSets()
    {
        await using var first = await ContentEngineHost.StartAsync(siteModules: true);
        await RecipeFiles.RunFileAsync(first, RecipeFiles.Rencontres13);
        var path = Path.Combine(first.DataPath, "export.recipe.json");
        await first.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportToFileAsync(path));

        await using var second = await ContentEngineHost.StartAsync(siteModules: true);
        await RecipeFiles.RunFileAsync(second, path);

        var exported = JsonNode.Parse(await File.ReadAllTextAsync(path))!["steps"]!.AsArray().First(s => (string?)s!["name"] == "Content")!["data"]!.AsArray();
        Assert.Contains(exported, i => (string?)i!["LocalizationPart"]?["Culture"] == "en" && (string?)i!["ContentItemId"] == EnglishSpeaker);
        Assert.Equal(await SetsAsync(first), await SetsAsync(second));
        Assert.Equal(25, (await SetsAsync(second)).Count(r => r.EndsWith("|en", StringComparison.Ordinal)));
    }

    private static async Task<List<string>> SetsAsync(ContentEngineHost host) =>
        (await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().QueryAsync<(string ContentItemId, string LocalizationSet, string Culture)>(
            "SELECT ContentItemId, LocalizationSet, Culture FROM LocalizedContentItemIndex WHERE Published = 1 ORDER BY ContentItemId")))
        .Select(r => $"{r.ContentItemId}|{r.LocalizationSet}|{r.Culture}").ToList();
}
