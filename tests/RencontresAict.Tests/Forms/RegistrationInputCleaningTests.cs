using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Conference.Registrations;
using RencontresAict.Tests.Admin;
using RencontresAict.Tests.Admin.Registrations;

namespace RencontresAict.Tests.Forms;

/// <summary>What people type, cleaned: invisible characters neither split one person in two nor reorder a name, and control characters are refused.</summary>
public sealed class RegistrationInputCleaningTests
{
    [Theory]
    [InlineData("anne.dupre@example.org\u200b")]
    [InlineData("\uff41nne.dupre@example.org")]
    [InlineData("anne.dupre@exa\u200dmple.org")]
    public async Task TheSameAddressWithAnInvisibleOrFullWidthCharacterIsToldItIsAlreadyRegistered(string variant)
    {
        await using var site = await RegistrationSite.StartAsync();
        using var first = site.NewVisitor();
        using var second = site.NewVisitor();
        await first.RegisterAsync(RegistrationVisitor.ValidAnswers("anne.dupre@example.org"));

        var again = await second.RegisterAsync(RegistrationVisitor.ValidAnswers(variant));
        var page = await RegistrationVisitor.ParseAsync(again);
        var reminder = await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Rappel", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("déjà inscrite", page.GetElementById("champ-Email-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await site.ListRegistrationsAsync());
        Assert.Equal("anne.dupre@example.org", reminder.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task AnAddressTypedWithAZeroWidthSpaceIsStoredAndWrittenToWithoutIt()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();

        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("anne.dupre@exam\u200bple.org\u200b"));
        var ask = await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal));
        var stored = Assert.Single(await site.ListRegistrationsAsync());

        Assert.Equal("anne.dupre@example.org", RegistrationFactory.Text(stored, "Email"));
        Assert.Equal("anne.dupre@example.org", ask.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task ANameWithARightToLeftOverrideIsShownNeutralisedInTheEmailTheAdminListAndTheExport()
    {
        await using var site = await RegistrationSite.StartAsync();
        var answers = RegistrationStaff.Answers("anne@example.org", "Dupré\u202Efdp.exe", "Ville de Dijon");
        answers["FirstName"] = ["\u2067Anne\u2069"];
        await RegistrationStaff.RegisterAsync(site, answers);
        var ask = await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal));
        using var admin = await RegistrationStaff.SignInAsync(site);

        var list = await AdminSite.GetPageAsync(admin, "/admin/registrations");
        var csv = await (await admin.GetAsync(new Uri("/admin/registrations/export?Format=csv", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("Bonjour Anne Dupréfdp.exe", ask.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', ask.HtmlBody!);
        Assert.Equal("Dupréfdp.exe Anne", list.QuerySelector("table.registrations tbody tr td:first-child")!.TextContent.Trim());
        Assert.DoesNotContain(csv, c => c is '\u202E' or '\u2067' or '\u2069');
        Assert.Contains("Dupréfdp.exe", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FirstName", "An\0ne")]
    [InlineData("OrganisationName", "Ville de\u001b Dijon")]
    [InlineData("Accessibility", "rampe\0d'accès")]
    public async Task AControlCharacterIsRefusedBesideItsFieldWithAFrenchMessageAnd422(string field, string value)
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var answers = RegistrationVisitor.ValidAnswers();
        answers[field] = [value];

        var response = await visitor.RegisterAsync(answers);
        var page = await RegistrationVisitor.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("caractère de contrôle", page.GetElementById("champ-" + field + "-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await site.ListRegistrationsAsync());
    }

    [Fact]
    public async Task TabsAndLineBreaksInAMultiLineAnswerAreAccepted()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var answers = RegistrationVisitor.ValidAnswers();
        answers["Accessibility"] = ["rampe d'accès\r\n\tfauteuil roulant"];

        var response = await visitor.RegisterAsync(answers);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await site.ListRegistrationsAsync());
    }

    [Fact]
    public async Task ARegistrationIndexedBeforeAddressesWereCleanedIsComparedCleanedAfterTheNextStart()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-site-tests", Guid.NewGuid().ToString("N"));
        var shared = new Dictionary<string, string?> { ["Site:DataPath"] = dataPath };
        try
        {
            await using (var before = await RegistrationSite.StartAsync(shared))
            {
                var id = await RegistrationStaff.RegisterAsync(before, RegistrationVisitor.ValidAnswers("anne.dupre@example.org"));
                // As the old code stored and indexed an address typed with a zero-width space; the migration then empties SearchText.
                await before.Site.InScopeAsync(async sp =>
                {
                    var content = sp.GetRequiredService<ContentManager>();
                    var item = (await content.GetAsync(id, VersionOptions.Latest))!;
                    item.GetOrCreatePart("Registration")["Email"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "anne.dupre@example.org\u200b" };
                    await content.UpdateAsync(item);
                });
                await before.Site.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteAsync(
                    "UPDATE RegistrationIndex SET EmailKey = 'anne.dupre@example.org\u200b', SearchText = ''"));
            }

            await using var after = await RegistrationSite.StartAsync(shared);
            using var visitor = after.NewVisitor();
            var again = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("Anne.Dupre@example.org"));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
            Assert.Single(await after.ListRegistrationsAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
