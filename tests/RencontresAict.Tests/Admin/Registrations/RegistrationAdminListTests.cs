using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Setup;
using RencontresAict.Conference.Registrations;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Admin.Registrations;

/// <summary>The admin's registration list and detail, over HTTP on a site set up from the 13th edition's recipe.</summary>
public sealed class RegistrationAdminListTests
{
    [Fact]
    public async Task TheListCountsRegistrationsByStatusAgainstCapacityAndFiltersByStatusAndAccentFreeSearch()
    {
        await using var site = await RegistrationSite.StartAsync();
        await site.SetCapacityAsync(2);
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("bruno@example.org", "Martin", "Région Grand Est"));
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("chloe@example.org", "Lefèvre", "Métropole de Lyon"));
        using var admin = await RegistrationStaff.SignInAsync(site);

        var all = await AdminSite.GetPageAsync(admin, "/admin/registrations");
        var searched = await AdminSite.GetPageAsync(admin, "/admin/registrations?Filter.Q=lefevre");
        var byOrganisation = await AdminSite.GetPageAsync(admin, "/admin/registrations?Filter.Q=GRAND%20est");
        var waiting = await AdminSite.GetPageAsync(admin, "/admin/registrations?Filter.Status=waiting");
        var byName = await AdminSite.GetPageAsync(admin, "/admin/registrations?Filter.Sort=name");

        Assert.Equal("2", all.QuerySelector("td[data-status=pending]")!.TextContent);
        Assert.Equal("1", all.QuerySelector("td[data-status=waiting]")!.TextContent);
        Assert.Equal("0", all.QuerySelector("td[data-status=cancelled]")!.TextContent);
        Assert.Equal("2 sur 2", all.QuerySelector("td[data-status=seats]")!.TextContent);
        Assert.Equal(3, all.QuerySelectorAll("table.registrations tbody tr").Length);
        Assert.Equal(["Lefèvre Anne"], Names(searched));
        Assert.Equal(["Martin Anne"], Names(byOrganisation));
        Assert.Equal(["Lefèvre Anne"], Names(waiting));
        Assert.Equal(["Dupré Anne", "Lefèvre Anne", "Martin Anne"], Names(byName));
    }

    [Fact]
    public async Task TheDetailShowsHtmlTypedByAVisitorAsTextWithTheStatusHistoryAndTheEmailsSent()
    {
        await using var site = await RegistrationSite.StartAsync();
        var answers = RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon");
        answers["Accessibility"] = ["<img src=x onerror=alert(1)><script>alert(2)</script>"];
        var id = await RegistrationStaff.RegisterAsync(site, answers);
        using var admin = await RegistrationStaff.SignInAsync(site);

        var page = await AdminSite.GetPageAsync(admin, "/admin/registrations/" + id);
        var answersList = page.QuerySelector("dl.answers")!;

        Assert.Null(answersList.QuerySelector("img"));
        Assert.Null(answersList.QuerySelector("script"));
        Assert.Contains("<img src=x onerror=alert(1)><script>alert(2)</script>", answersList.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ville de Dijon", answersList.TextContent, StringComparison.Ordinal);
        Assert.Equal(["À confirmer"], page.QuerySelectorAll("table.history tbody tr td:nth-child(2)").Select(c => c.TextContent));
        Assert.Contains("Confirmez votre inscription", page.QuerySelector("table.emails tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAuthorSeesNoRegistrationsAndCannotCancelOrExportAny()
    {
        await using var site = await RegistrationSite.StartAsync();
        var id = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        await RegistrationStaff.CreateUserAsync(site, "autrice", "Autrice-pass-1", "Author");
        using var author = await RegistrationStaff.SignInAsync(site, "autrice", "Autrice-pass-1");
        using var admin = await RegistrationStaff.SignInAsync(site);

        var list = await author.GetAsync(new Uri("/admin/registrations", UriKind.Relative));
        var detail = await author.GetAsync(new Uri("/admin/registrations/" + id, UriKind.Relative));
        var export = await author.GetAsync(new Uri("/admin/registrations/export?Format=csv", UriKind.Relative));
        var cancel = await AdminSite.PostAsync(author, $"/admin/registrations/{id}?handler=Cancel", new() { ["confirm"] = "true" }, "/admin");
        var authorMenu = await AdminSite.GetPageAsync(author, "/admin");
        var adminMenu = await AdminSite.GetPageAsync(admin, "/admin");
        var counts = await site.CountByStatusAsync();

        foreach (var refused in new[] { list, detail, export, cancel })
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/admin/denied", refused.Headers.Location!.AbsolutePath);
        }

        Assert.Null(authorMenu.QuerySelector("nav a[href='/admin/registrations']"));
        Assert.NotNull(adminMenu.QuerySelector("nav a[href='/admin/registrations']"));
        Assert.Equal(1, counts["pending"]);
    }

    [Fact]
    public async Task RegistrationsIndexedBeforeTheSearchColumnsExistedAreIndexedAgainAtStartup()
    {
        await using var site = await RegistrationSite.StartAsync();
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        await site.Site.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteAsync(
            "UPDATE RegistrationIndex SET FirstName = '', LastName = '', Organisation = '', SearchText = ''; DELETE FROM RegistrationHistoryIndex"));

        await site.Site.Services.GetServices<ISiteStartupTask>().OfType<RegistrationIndexStartupTask>().Single()
            .RunAsync(new SiteSetupResult(false, null, null, TimeSpan.Zero), CancellationToken.None);
        using var admin = await RegistrationStaff.SignInAsync(site);
        var found = await AdminSite.GetPageAsync(admin, "/admin/registrations?Filter.Q=dijon");

        Assert.Equal(["Dupré Anne"], Names(found));
    }

    private static string[] Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.registrations tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToArray();
}
