using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Admin.Registrations;

/// <summary>
/// Registrations hold personal data: the generic admin (list, editor, versions, content search) shows them only to staff
/// who manage registrations, and only the registration flow and the registrations pages create or change them.
/// </summary>
public sealed class RegistrationPrivacyTests
{
    private const string Denied = "/admin/denied";

    [Theory]
    [InlineData("Author")]
    [InlineData("Contributor")]
    public async Task StaffWithoutTheRegistrationPermissionCannotSeeRegistrationsInTheGenericAdmin(string role)
    {
        await using var site = await RegistrationSite.StartAsync();
        var id = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        await RegistrationStaff.CreateUserAsync(site, "membre", "Membre-pass-1", role);
        using var client = await RegistrationStaff.SignInAsync(site, "membre", "Membre-pass-1");

        using var list = await client.GetAsync(new Uri("/admin/contents/Registration", UriKind.Relative));
        using var search = await client.GetAsync(new Uri("/admin/api/content-search?types=Registration&q=", UriKind.Relative));
        using var anyType = await client.GetAsync(new Uri("/admin/api/content-search?q=dupr", UriKind.Relative));
        using var editor = await client.GetAsync(new Uri("/admin/contents/Registration/edit/" + id, UriKind.Relative));
        using var versions = await client.GetAsync(new Uri($"/admin/contents/Registration/{id}/versions", UriKind.Relative));

        Assert.Equal(Denied, list.Headers.Location?.AbsolutePath);
        Assert.Equal(Denied, search.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, anyType.StatusCode);
        var found = await anyType.Content.ReadAsStringAsync();
        Assert.DoesNotContain(id, found, StringComparison.Ordinal);
        Assert.DoesNotContain("Dupré", found, StringComparison.Ordinal);
        Assert.Equal(Denied, editor.Headers.Location?.AbsolutePath);
        Assert.Equal(Denied, versions.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("Author")]
    [InlineData("Administrator")]
    public async Task NobodyCreatesARegistrationThroughTheGenericEditor(string role)
    {
        await using var site = await RegistrationSite.StartAsync();
        await RegistrationStaff.CreateUserAsync(site, "membre", "Membre-pass-1", role);
        using var client = await RegistrationStaff.SignInAsync(site, "membre", "Membre-pass-1");
        var before = await site.CountByStatusAsync();

        using var form = await client.GetAsync(new Uri("/admin/contents/Registration/edit", UriKind.Relative));
        using var created = await AdminSite.PostAsync(client, "/admin/contents/Registration/edit?handler=Publish", new()
        {
            ["Registration.Edition"] = SiteFactory.EditionId, ["Registration.Status"] = "confirmed", ["Registration.FirstName"] = "Faux",
            ["Registration.LastName"] = "Inscrit", ["Registration.Email"] = "faux@example.org",
        }, tokenPage: "/admin/contents/Session/edit");

        Assert.Equal(Denied, form.Headers.Location?.AbsolutePath);
        Assert.Equal(Denied, created.Headers.Location?.AbsolutePath);
        Assert.Empty(await site.ListRegistrationsAsync());
        Assert.Equal(before, await site.CountByStatusAsync());
        long stored = -1;
        await site.Site.InScopeAsync(async sp => stored = await sp.GetRequiredService<DocumentSession>()
            .ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ContentItemIndex WHERE ContentType = 'Registration'"));
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task AnEditorReadsRegistrationsButChangesThemOnlyOnTheRegistrationsPages()
    {
        await using var site = await RegistrationSite.StartAsync();
        var id = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        await RegistrationStaff.CreateUserAsync(site, "editrice", "Editrice-pass-1", "Editor");
        using var editor = await RegistrationStaff.SignInAsync(site, "editrice", "Editrice-pass-1");

        var registrations = await AdminSite.GetPageAsync(editor, "/admin/registrations");
        var detail = await AdminSite.GetPageAsync(editor, "/admin/registrations/" + id);
        var list = await AdminSite.GetPageAsync(editor, "/admin/contents/Registration");
        using var search = await editor.GetAsync(new Uri("/admin/api/content-search?types=Registration&q=dupr", UriKind.Relative));
        using var changed = await AdminSite.PostAsync(editor, $"/admin/contents/Registration/edit/{id}?handler=Publish",
            new() { ["Registration.Status"] = "confirmed" }, tokenPage: "/admin/contents/Registration");

        Assert.Contains("Dupré", registrations.QuerySelector("table.registrations")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ville de Dijon", detail.QuerySelector("dl.answers")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(id, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains(id, await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Denied, changed.Headers.Location?.AbsolutePath);
        var registration = (await site.ListRegistrationsAsync()).Single();
        Assert.Equal("pending", registration.GetText("Registration", "Status", "Text"));
    }

    [Fact]
    public async Task TheRecipeMarksRegistrationsAsPersonalDataAndTheExportKeepsIt()
    {
        await using var site = await RegistrationSite.StartAsync();

        RecipeExport? export = null;
        await site.Site.InScopeAsync(async sp => export = await sp.GetRequiredService<RecipeExporter>().ExportAsync());

        var registration = export!.Recipe["steps"]!.AsArray().Where(s => (string?)s!["name"] == "ContentDefinition")
            .SelectMany(s => s!["ContentTypes"]!.AsArray()).Single(t => (string?)t!["Name"] == "Registration")!;
        Assert.True(JsonPaths.GetBoolean(registration, "Settings", "PersonalDataSettings", "HoldsPersonalData"));
        Assert.Equal("ManageRegistrations", JsonPaths.GetString(registration, "Settings", "PersonalDataSettings", "Permission"));
    }
}
