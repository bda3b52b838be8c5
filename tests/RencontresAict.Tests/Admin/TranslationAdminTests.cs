using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// Staff translate in the admin (issue 12): an item's editor leads to its translation or offers « Traduire en anglais »,
/// « Traductions manquantes » lists what lacks one, and translating makes an English draft prefilled from the French item;
/// a second translation is refused and stores nothing.
/// </summary>
public sealed class TranslationAdminTests
{
    private const string FrenchSpeaker = "4a1ct130spkrrebsamen000001";
    private const string EnglishSpeaker = "en1ct130spkrrebsamen000001";

    [Fact]
    public async Task StaffSeeWhatLacksATranslationTranslateItIntoAnEnglishDraftAndCannotTranslateItTwice()
    {
        await using var site = AdminSite.Start();
        var untranslatedPage = await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var page = await content.NewAsync("Page");
            page.DisplayText = "Plan d'accès";
            page.GetOrCreatePart("TitlePart")["Title"] = "Plan d'accès";
            page.GetOrCreatePart("AutoroutePart")["Path"] = "plan-acces";
            await content.CreateAsync(page);
            return page;
        });
        var (pageId, pageSet) = (untranslatedPage.ContentItemId, untranslatedPage.As<LocalizationPart>().LocalizationSet);
        using var staff = await site.SignInAsync();

        var frenchSpeaker = await AdminSite.GetPageAsync(staff, $"/admin/contents/Speaker/edit/{FrenchSpeaker}");
        var englishSpeaker = await AdminSite.GetPageAsync(staff, $"/admin/contents/Speaker/edit/{EnglishSpeaker}");
        var missing = await AdminSite.GetPageAsync(staff, "/admin/translations");
        var translate = missing.QuerySelectorAll("a").FirstOrDefault(a => a.GetAttribute("href")?.Contains($"/{pageId}/translate/en", StringComparison.Ordinal) == true);
        Assert.Equal($"/admin/contents/Speaker/edit/{EnglishSpeaker}", frenchSpeaker.QuerySelector("a.translation-link")?.GetAttribute("href"));
        Assert.Null(frenchSpeaker.QuerySelector("a.translate-link"));
        Assert.Equal("Voir l'original en français", englishSpeaker.QuerySelector("a.translation-link")?.TextContent.Trim());
        Assert.NotNull(translate);
        Assert.DoesNotContain(missing.QuerySelectorAll("a"), a => a.GetAttribute("href")?.Contains(FrenchSpeaker, StringComparison.Ordinal) == true);
        Assert.NotNull((await AdminSite.GetPageAsync(staff, "/admin")).QuerySelector("a[href='/admin/translations']"));

        var translatePath = translate!.GetAttribute("href")!;
        var pageEditor = await AdminSite.GetPageAsync(staff, translatePath.Replace($"/{pageId}/translate/en", $"/edit/{pageId}", StringComparison.Ordinal));
        Assert.Equal(translatePath, pageEditor.QuerySelector("a.translate-link")?.GetAttribute("href"));
        Assert.Equal("Traduire en anglais", pageEditor.QuerySelector("a.translate-link")?.TextContent.Trim());

        using var made = await AdminSite.PostAsync(staff, translatePath, []);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var draftEditor = await AdminSite.GetPageAsync(staff, made.Headers.Location!.OriginalString);
        using var again = await AdminSite.PostAsync(staff, translatePath, [], tokenPage: translatePath);
        var refused = await AdminSite.ParseAsync(again);
        var missingAfter = await AdminSite.GetPageAsync(staff, "/admin/translations");

        Assert.Contains("Brouillon", draftEditor.QuerySelector(".badge")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Plan d'accès", draftEditor.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Voir l'original en français", draftEditor.QuerySelector("a.translation-link")?.TextContent.Trim());
        Assert.Contains("a déjà une traduction en anglais", refused.QuerySelector("#translation-refused")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(missingAfter.QuerySelectorAll("a"), a => a.GetAttribute("href") == translatePath);
        var inSet = await site.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteScalarAsync<long>(
            "SELECT COUNT(DISTINCT ContentItemId) FROM LocalizedContentItemIndex WHERE LocalizationSet = @pageSet", new { pageSet }));
        Assert.Equal("fr-FR", untranslatedPage.As<LocalizationPart>().Culture);
        Assert.Equal(2, inSet);
    }
}
