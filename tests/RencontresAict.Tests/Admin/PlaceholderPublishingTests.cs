using System.Net;

namespace RencontresAict.Tests.Admin;

public sealed class PlaceholderPublishingTests
{
    private const string LegalPage = "4a1ct130page00000000000001";

    [Fact]
    public async Task BracketedPlaceholdersNeverReachThePublicAndPublishingAPageThatHoldsThemWarnsTheStaff()
    {
        await using var site = AdminSite.Start();
        using var visitor = site.CreateClient();
        var client = await site.SignInAsync();
        var editPath = $"/admin/contents/Page/edit/{LegalPage}";

        var legal = await visitor.GetStringAsync(new Uri("/mentions-legales", UriKind.Relative));
        var privacy = await visitor.GetStringAsync(new Uri("/confidentialite", UriKind.Relative));
        var results = (await AdminSite.GetPageAsync(visitor, "/recherche?q=traitement")).QuerySelectorAll(".search-results li")
            .Concat((await AdminSite.GetPageAsync(visitor, "/recherche?q=h%C3%A9bergement")).QuerySelectorAll(".search-results li")).ToList();
        var publish = await AdminSite.PostAsync(client, editPath + "?handler=Publish", AdminSite.FormValues(await AdminSite.GetPageAsync(client, editPath)), editPath);
        var after = await AdminSite.GetPageAsync(client, publish.Headers.Location!.OriginalString);

        Assert.DoesNotContain("[Nom", legal, StringComparison.Ordinal);
        Assert.DoesNotContain("[Nom", privacy, StringComparison.Ordinal);
        Assert.Contains("Information à venir.", legal, StringComparison.Ordinal);
        Assert.DoesNotContain("crochets", legal, StringComparison.Ordinal);
        Assert.Contains(results, r => r.QuerySelector("h2")!.TextContent.Trim() == "Mentions légales");
        Assert.Contains(results, r => r.QuerySelector("h2")!.TextContent.Trim() == "Politique de confidentialité");
        Assert.All(results, r => Assert.DoesNotContain("[", r.TextContent, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Contains("mentions entre crochets à compléter", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("[Nom et fonction de la personne responsable de la publication]", after.Body!.TextContent, StringComparison.Ordinal);
    }
}
