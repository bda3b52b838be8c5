using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace RencontresAict.Tests.Admin;

public sealed partial class AccountTests
{
    private const string WrongCredentials = "Nom d'utilisateur ou mot de passe incorrect.";

    [Fact]
    public async Task TheAdministratorSignsInWithTheUserNameOrTheEmailAndReachesTheDashboard()
    {
        await using var site = AdminSite.Start();

        foreach (var login in new[] { "admin", "ADMIN@localhost" })
        {
            var client = await site.SignInAsync(login);
            var dashboard = await AdminSite.GetPageAsync(client, "/admin");
            Assert.Equal("Tableau de bord", dashboard.QuerySelector("h1")!.TextContent);
            Assert.Contains(dashboard.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/contents/Session");
        }
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownUserGetTheSameMessage()
    {
        await using var site = AdminSite.Start();
        var client = site.CreateClient();

        var wrongPassword = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "admin", ["Password"] = "nope" });
        var unknownUser = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "nobody", ["Password"] = "nope" });

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(WrongCredentials, (await AdminSite.ParseAsync(wrongPassword)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(WrongCredentials, (await AdminSite.ParseAsync(unknownUser)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task FiveFailedSignInsLockTheAccountFromThatAddressForFifteenMinutesEvenAgainstTheRightPassword()
    {
        await using var site = AdminSite.Start();
        var client = site.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "admin", ["Password"] = "wrong-" + i });
        }

        var whileLocked = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword });
        site.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword });
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterwards = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword });

        Assert.Equal("Trop de tentatives de connexion : réessayez dans 15 min.", (await AdminSite.ParseAsync(whileLocked)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLocked.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), stillLocked.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task ASignInPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        await using var site = AdminSite.Start();
        var client = site.CreateClient();

        var response = await client.PostAsync(new Uri("/admin/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ThePasswordResetLinkIsMailedWorksOnceAndThenTheNewPasswordSignsIn()
    {
        await using var site = AdminSite.Start();
        var client = site.CreateClient();

        var unknown = await AdminSite.PostAsync(client, "/admin/forgot-password", new() { ["Login"] = "nobody@example.org" });
        var known = await AdminSite.PostAsync(client, "/admin/forgot-password", new() { ["Login"] = "admin@localhost" });
        var mail = Assert.Single(await site.WaitForMailAsync());
        var message = await MimeMessage.LoadAsync(mail);
        var link = new Uri(LinkPattern().Match(message.TextBody ?? "").Value);
        var resetPath = link.PathAndQuery;
        var reset = await AdminSite.PostAsync(client, resetPath, new() { ["NewPassword"] = "Un-nouveau-mot-1", ["ConfirmPassword"] = "Un-nouveau-mot-1", ["Token"] = Uri.UnescapeDataString(resetPath.Split("token=")[1]) }, resetPath);
        var reused = await AdminSite.GetPageAsync(client, resetPath);

        Assert.Equal((await AdminSite.ParseAsync(unknown)).QuerySelector("[role=status]")!.TextContent, (await AdminSite.ParseAsync(known)).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("admin@localhost", message.To.Mailboxes.Single().Address);
        Assert.Equal("/admin/login", reset.Headers.Location?.OriginalString);
        Assert.Contains("n'est plus valable", reused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await site.SignInAsync("admin", "Un-nouveau-mot-1");
    }

    [Fact]
    public async Task AnExpiredResetLinkIsRefused()
    {
        await using var site = AdminSite.Start();
        var client = site.CreateClient();
        await AdminSite.PostAsync(client, "/admin/forgot-password", new() { ["Login"] = "admin" });
        var message = await MimeMessage.LoadAsync((await site.WaitForMailAsync())[0]);

        site.Clock.Advance(TimeSpan.FromHours(2));
        var page = await AdminSite.GetPageAsync(client, new Uri(LinkPattern().Match(message.TextBody ?? "").Value).PathAndQuery);

        Assert.Contains("n'est plus valable", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOneAndEndsOtherSessions()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var other = await site.SignInAsync();

        var refused = await AdminSite.PostAsync(client, "/admin/account/password", new() { ["CurrentPassword"] = "wrong", ["NewPassword"] = "Encore-un-autre-1", ["ConfirmPassword"] = "Encore-un-autre-1" });
        var changed = await AdminSite.PostAsync(client, "/admin/account/password", new() { ["CurrentPassword"] = AdminSite.AdminPassword, ["NewPassword"] = "Encore-un-autre-1", ["ConfirmPassword"] = "Encore-un-autre-1" });
        var otherSession = await other.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("incorrect", (await AdminSite.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        Assert.StartsWith("/admin/login", otherSession.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAdminSpeaksEnglishOnRequestAndDeclaresItsLanguage()
    {
        await using var site = AdminSite.Start();
        var client = site.CreateClient();

        var french = await AdminSite.GetPageAsync(client, "/admin/login");
        await AdminSite.PostAsync(client, "/admin/culture", new() { ["culture"] = "en", ["returnUrl"] = "/admin/login" }, "/admin/login");
        var english = await AdminSite.GetPageAsync(client, "/admin/login");

        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", english.QuerySelector("h1")!.TextContent);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
