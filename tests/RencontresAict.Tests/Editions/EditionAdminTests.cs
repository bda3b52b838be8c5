using System.Net;
using RencontresAict.Tests.Admin;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Editions;

/// <summary>The staff prepare, publish and switch editions in the admin; the 13th's registrations stay with the 13th.</summary>
public sealed class EditionAdminTests
{
    private const string Next13 = "/admin/editions/" + SiteFactory.EditionId + "/next";

    [Fact]
    public async Task StaffPrepareThe14thPublishItAsCurrentAndThe13thsRegistrationsStayWithThe13th()
    {
        await using var site = AdminSite.Start();
        using (var visitor = new RegistrationVisitor(site.CreateClient()))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("anne.dupre@example.org"))).StatusCode);
        }

        var admin = await site.SignInAsync();
        var editor = await AdminSite.GetPageAsync(admin, $"/admin/contents/Edition/edit/{SiteFactory.EditionId}");
        Assert.NotNull(editor.QuerySelector($"a[href='{Next13}']"));
        var before = await EditionCli.StoredRowsAsync(site.DataPath);

        var duplicate = await AdminSite.PostAsync(admin, Next13, new() { ["Number"] = "13", ["Start"] = "2023-06-19" });
        var sameYear = await AdminSite.PostAsync(admin, Next13, new() { ["Number"] = "14", ["Start"] = "2022-09-05" });
        var endFirst = await AdminSite.PostAsync(admin, Next13, new() { ["Number"] = "14", ["Start"] = "2023-06-19", ["End"] = "2023-06-18" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal("L'édition n° 13 existe déjà : choisissez un autre numéro.", (await AdminSite.ParseAsync(duplicate)).QuerySelector("#error")!.TextContent);
        Assert.Contains("L'année 2022 est déjà celle de l'édition", (await AdminSite.ParseAsync(sameYear)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("La date de fin (18/06/2023) est avant la date de début (19/06/2023).", (await AdminSite.ParseAsync(endFirst)).QuerySelector("#error")!.TextContent);
        Assert.Equal(before, await EditionCli.StoredRowsAsync(site.DataPath));

        var prepared = await AdminSite.PostAsync(admin, Next13, new() { ["Number"] = "14", ["Start"] = "2023-06-19", ["End"] = "2023-06-21" });

        Assert.Equal(HttpStatusCode.Redirect, prepared.StatusCode);
        var edition14 = prepared.Headers.Location!.OriginalString.Split('/')[^1];
        Assert.Equal(404, (int)(await site.CreateClient().GetAsync(new Uri("/2023", UriKind.Relative))).StatusCode);
        Assert.StartsWith("13", (await AdminSite.GetPageAsync(site.CreateClient(), "/")).QuerySelector(".site-edition")!.TextContent, StringComparison.Ordinal);

        var publish = await AdminSite.PostAsync(admin, $"/admin/editions/{edition14}/publish", new() { ["MakeCurrent"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var home = await AdminSite.GetPageAsync(site.CreateClient(), "/");
        Assert.StartsWith("14", home.QuerySelector(".site-edition")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("21 juin 2023", home.QuerySelector(".edition p.when")!.TextContent, StringComparison.Ordinal);

        var list = await AdminSite.GetPageAsync(admin, "/admin/registrations");
        var list13 = await AdminSite.GetPageAsync(admin, $"/admin/registrations?Filter.Edition={SiteFactory.EditionId}");
        var csv13 = await admin.GetStringAsync(new Uri($"/admin/registrations/export?Format=csv&Filter.Edition={SiteFactory.EditionId}", UriKind.Relative));
        var csv14 = await admin.GetStringAsync(new Uri($"/admin/registrations/export?Format=csv&Filter.Edition={edition14}", UriKind.Relative));
        Assert.DoesNotContain("Dupré", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dupré", list13.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dupré", csv13, StringComparison.Ordinal);
        Assert.DoesNotContain("Dupré", csv14, StringComparison.Ordinal);

        var settings = await AdminSite.GetPageAsync(admin, "/admin/editions/current");
        Assert.NotNull(settings.QuerySelector($"input[name=Edition][value='{edition14}'][checked]"));
        var back = await AdminSite.PostAsync(admin, "/admin/editions/current", new() { ["Edition"] = SiteFactory.EditionId });

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.StartsWith("13", (await AdminSite.GetPageAsync(site.CreateClient(), "/")).QuerySelector(".site-edition")!.TextContent, StringComparison.Ordinal);
    }
}
