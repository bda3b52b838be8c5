using System.Net;

namespace RencontresAict.Tests.Admin;

/// <summary>Staff sessions end for good: a cookie copied before sign-out, a password change or a disabling is refused.</summary>
public sealed class AccountSessionTests
{
    [Fact]
    public async Task ACookieCopiedBeforeSignOutIsRefusedAfterwardsAndSoAreTheUsersOtherSessions()
    {
        await using var site = AdminSite.Start();
        var client = site.CreateClient();
        var signIn = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword });
        var copiedCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("raict.admin=", StringComparison.Ordinal)).Split(';')[0];
        var otherSession = await site.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(site, copiedCookie)).StatusCode);

        var signOut = await AdminSite.PostAsync(client, "/admin/logout", []);
        var replayed = await GetWithCookieAsync(site, copiedCookie);
        var other = await otherSession.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal("/admin/login", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/admin/login", replayed.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("/admin/login", other.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOutIsAPostWithItsAntiforgeryTokenSoALinkOrAForeignFormCannotSignAnyoneOut()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();

        var page = await AdminSite.GetPageAsync(client, "/admin/logout");
        var withoutToken = await client.PostAsync(new Uri("/admin/logout", UriKind.Relative), new FormUrlEncodedContent([]));
        var stillIn = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.NotNull(page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]"));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task AnAdministratorSettingAUsersPasswordEndsTheirSessionsAndDisablingThemEndsTheNewOne()
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("editrice", "Editrice-pass-1", "Editor");
        var editor = await site.SignInAsync("editrice", "Editrice-pass-1");
        var admin = await site.SignInAsync();
        var user = new Dictionary<string, string> { ["UserName"] = "editrice", ["Email"] = "editrice@example.org", ["Roles"] = "Editor", ["IsEnabled"] = "true" };

        await AdminSite.PostAsync(admin, "/admin/users/edit/u-editrice", new(user) { ["NewPassword"] = "Nouveau-pass-1", ["ConfirmPassword"] = "Nouveau-pass-1" });
        var afterPassword = await editor.GetAsync(new Uri("/admin", UriKind.Relative));
        var signedInAgain = await site.SignInAsync("editrice", "Nouveau-pass-1");
        await AdminSite.PostAsync(admin, "/admin/users/edit/u-editrice", new(user) { ["IsEnabled"] = "false" });
        var afterDisabling = await signedInAgain.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.StartsWith("/admin/login", afterPassword.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("/admin/login", afterDisabling.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>A GET of the dashboard from a client that has no cookie of its own, sending only <paramref name="cookie"/>.</summary>
    private static async Task<HttpResponseMessage> GetWithCookieAsync(AdminSite site, string cookie)
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
