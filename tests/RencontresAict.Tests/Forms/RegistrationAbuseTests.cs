using System.Net;
using RencontresAict.Conference.Registrations;
using RencontresAict.Tests.Admin.Registrations;

namespace RencontresAict.Tests.Forms;

public sealed class RegistrationAbuseTests
{
    [Fact]
    public async Task PostWithoutOrWithAWrongAntiforgeryTokenIsRefusedWith400AndStoresNothing()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();

        var missing = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers(), h => h.Remove(AntiforgeryName(h)));
        var wrong = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers(), h => h[AntiforgeryName(h)] = "CfDJ8forged");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("rien n'a été enregistré", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await site.ListRegistrationsAsync());
    }

    [Fact]
    public async Task BodyOver64KilobytesIsRefusedWith413()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var answers = RegistrationVisitor.ValidAnswers();
        answers["Accessibility"] = [new string('a', 70 * 1024)];

        var response = await visitor.RegisterAsync(answers);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await site.ListRegistrationsAsync());
    }

    [Fact]
    public async Task InvalidAnswersShowTheFormAgainWithFrenchMessagesBesideTheFieldsAndTheValuesKept()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var answers = RegistrationVisitor.ValidAnswers("anne.dupre@@example");
        answers["LastName"] = [""];
        answers["OrganisationName"] = [new string('x', 201)];
        answers["OrganisationType"] = ["pirates"];
        answers["Days"] = ["2022-06-22"];
        answers["FirstName"] = ["Anne <b>\"A\"</b>"];

        var response = await visitor.RegisterAsync(answers);
        var page = await RegistrationVisitor.ParseAsync(response);
        string? ErrorOf(string field) => page.GetElementById(page.GetElementById("champ-" + field)?.GetAttribute("aria-describedby")?.Split(' ')[^1] ?? "")?.TextContent;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("adresse e-mail valide", ErrorOf("Email"), StringComparison.Ordinal);
        Assert.Contains("«\u00A0Nom\u00A0» est obligatoire", ErrorOf("LastName"), StringComparison.Ordinal);
        Assert.Contains("ne doit pas dépasser 200 caractères", ErrorOf("OrganisationName"), StringComparison.Ordinal);
        Assert.Contains("Choisissez une réponse proposée", ErrorOf("OrganisationType"), StringComparison.Ordinal);
        Assert.Contains("Choisissez une réponse proposée", page.GetElementById("champ-Days-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.GetElementById("champ-Email")!.GetAttribute("aria-invalid"));
        Assert.Equal("Anne <b>\"A\"</b>", page.GetElementById("champ-FirstName")!.GetAttribute("value"));
        Assert.Equal("anne.dupre@@example", page.GetElementById("champ-Email")!.GetAttribute("value"));
        Assert.True(page.GetElementById("champ-Formats-2")!.HasAttribute("checked"));
        Assert.Equal(5, page.QuerySelectorAll(".error-summary li").Length);
        Assert.Empty(page.QuerySelectorAll("b"));
        Assert.Empty(await site.ListRegistrationsAsync());
        Assert.Equal(0, await RegistrationStaff.CountOutboxAsync(site));
    }

    [Fact]
    public async Task HtmlTypedIntoFieldsIsStoredAsTextAndArrivesEscapedInTheEmail()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var answers = RegistrationVisitor.ValidAnswers();
        answers["FirstName"] = ["<script>alert('x')</script>"];
        answers["Accessibility"] = ["<img src=x onerror=alert(1)>\nrampe d'accès"];

        var response = await visitor.RegisterAsync(answers);
        var mail = await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal));
        var stored = Assert.Single(await site.ListRegistrationsAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("<script>alert('x')</script>", RegistrationFactory.Text(stored, "FirstName"));
        Assert.Contains("&lt;script&gt;", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Email", "anne@example.org\r\nBcc: victim@example.org")]
    [InlineData("FirstName", "Anne\r\nBcc: victim@example.org")]
    public async Task LineBreaksInOneLineFieldsAreRefusedSoTheyCannotReachEmailHeaders(string field, string value)
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var answers = RegistrationVisitor.ValidAnswers();
        answers[field] = [value];

        var response = await visitor.RegisterAsync(answers);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty(await site.ListRegistrationsAsync());
    }

    [Fact]
    public async Task FilledHoneypotIsThankedAndNothingIsStoredOrSent()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var answers = RegistrationVisitor.ValidAnswers();
        answers["site_web"] = ["http://spam.example"];

        var response = await visitor.RegisterAsync(answers);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inscription/merci", response.Headers.Location!.OriginalString);
        Assert.Empty(await site.ListRegistrationsAsync());
        Assert.Equal(0, await RegistrationStaff.CountOutboxAsync(site));
    }

    [Fact]
    public async Task PostsBeyondThePerIpLimitAreRefusedWith429()
    {
        await using var site = await RegistrationSite.StartAsync(new Dictionary<string, string?> { ["Forms:PostsPerIp"] = "2" });
        using var visitor = site.NewVisitor();

        var first = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("a@example.org"));
        var second = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("b@example.org"));
        var third = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("c@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Equal(2, (await site.ListRegistrationsAsync()).Count);
    }

    [Fact]
    public async Task DoubleClickStoresOneRegistrationAndSendsOneEmail()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var (action, hidden) = await visitor.OpenFormAsync();

        var clicks = await Task.WhenAll(
            visitor.PostAsync(action, hidden, RegistrationVisitor.ValidAnswers()),
            visitor.PostAsync(action, hidden, RegistrationVisitor.ValidAnswers()));

        Assert.Single(await site.ListRegistrationsAsync());
        Assert.Equal(1, await RegistrationStaff.CountOutboxAsync(site));
        Assert.Contains(clicks, c => c.StatusCode == HttpStatusCode.Redirect);
        Assert.Contains(clicks, c => c.StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task SameEmailAgainIsToldBesideTheFieldAndTheExistingRegistrationGetsAReminder()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var first = site.NewVisitor();
        using var second = site.NewVisitor();

        await first.RegisterAsync(RegistrationVisitor.ValidAnswers("anne.dupre@example.org"));
        var again = await second.RegisterAsync(RegistrationVisitor.ValidAnswers("  Anne.Dupre@EXAMPLE.org "));
        var page = await RegistrationVisitor.ParseAsync(again);
        var reminder = await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Rappel", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("déjà inscrite", page.GetElementById("champ-Email-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await site.ListRegistrationsAsync());
        Assert.Equal(2, await RegistrationStaff.CountOutboxAsync(site));
        Assert.Equal("anne.dupre@example.org", reminder.To.Mailboxes.Single().Address);
    }

    private static string AntiforgeryName(Dictionary<string, string> hidden) =>
        hidden.Keys.Single(k => k.StartsWith("__RequestVerificationToken", StringComparison.Ordinal));
}
