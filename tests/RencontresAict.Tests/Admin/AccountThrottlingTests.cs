using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin.Accounts;
using RencontresAict.Content.Setup;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// Guessing at the sign-in and reset forms: throttled per address and per account (429, Retry-After, a French page),
/// locked per account and address, and answered alike whether or not the account exists.
/// </summary>
public sealed partial class AccountThrottlingTests
{
    private const string AttackerAddress = "203.0.113.7";
    private const string OfficeAddress = "198.51.100.20";

    [Fact]
    public async Task TenWrongPasswordsFromOneAddressLockOnlyThatAddressAndTheAdministratorSignsInFromAnother()
    {
        await using var site = AdminSite.Start();
        var attacker = site.CreateClient(AttackerAddress);
        for (var i = 0; i < 10; i++)
        {
            await AdminSite.PostAsync(attacker, "/admin/login", new() { ["Login"] = "admin", ["Password"] = "guess-" + i });
        }

        var attackerWithThePassword = await AdminSite.PostAsync(attacker, "/admin/login", new() { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword });
        var office = await AdminSite.PostAsync(site.CreateClient(OfficeAddress), "/admin/login", new() { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword });

        Assert.Equal(HttpStatusCode.TooManyRequests, attackerWithThePassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, office.StatusCode);
    }

    [Fact]
    public async Task AfterFiveFailuresAKnownAndAnUnknownAccountGetTheSameAnswer()
    {
        await using var site = AdminSite.Start();
        var answers = new List<HttpResponseMessage>();
        foreach (var (login, address) in new[] { ("admin", "203.0.113.1"), ("personne", "203.0.113.2") })
        {
            var client = site.CreateClient(address);
            for (var i = 0; i < 5; i++)
            {
                await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = login, ["Password"] = "guess-" + i });
            }

            answers.Add(await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = login, ["Password"] = "guess-6" }));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.Equal(answers[0].Headers.RetryAfter, answers[1].Headers.RetryAfter);
        Assert.Equal(await ComparableBodyAsync(answers[0], "admin"), await ComparableBodyAsync(answers[1], "personne"));
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownUserGetTheSameAnswerAndBothCostAPasswordCheck()
    {
        var hasher = new CountingPasswordHasher();
        await using var site = AdminSite.Start(services: s => s.AddSingleton<IPasswordHasher<UserRecord>>(hasher));
        var client = site.CreateClient();

        var before = hasher.Verifications;
        var wrongPassword = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "admin", ["Password"] = "nope" });
        var forKnown = hasher.Verifications - before;
        var unknownUser = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = "personne", ["Password"] = "nope" });
        var forUnknown = hasher.Verifications - before - forKnown;

        Assert.Equal(1, forKnown);
        Assert.Equal(1, forUnknown);
        Assert.Equal(wrongPassword.StatusCode, unknownUser.StatusCode);
        Assert.Equal(await ComparableBodyAsync(wrongPassword, "admin"), await ComparableBodyAsync(unknownUser, "personne"));
    }

    [Fact]
    public async Task SignInsBeyondTheLimitOfAnAddressAreAnswered429WithRetryAfterAndAFrenchPage()
    {
        await using var site = AdminSite.Start(new Dictionary<string, string?> { ["Admin:Accounts:SignInsPerClientAddress"] = "3" });
        var client = site.CreateClient(AttackerAddress);
        var answers = new List<HttpResponseMessage>();
        foreach (var login in new[] { "a", "b", "c", "admin" })
        {
            answers.Add(await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = login, ["Password"] = AdminSite.AdminPassword }));
        }

        var refused = answers[^1];
        Assert.All(answers[..3], a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await AssertTooManyAsync(refused, "Trop de tentatives de connexion : réessayez dans 15 min.");
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSite.PostAsync(site.CreateClient(OfficeAddress), "/admin/login", new() { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword })).StatusCode);
    }

    [Fact]
    public async Task SignInsNamingOneAccountBeyondItsLimitAreAnswered429FromEveryAddressWhetherByNameOrEmail()
    {
        await using var site = AdminSite.Start(new Dictionary<string, string?> { ["Admin:Accounts:SignInsPerAccount"] = "3" });
        var logins = new[] { "admin", "ADMIN@localhost", " Admin " };
        for (var i = 0; i < logins.Length; i++)
        {
            await AdminSite.PostAsync(site.CreateClient("203.0.113." + (i + 1)), "/admin/login", new() { ["Login"] = logins[i], ["Password"] = "guess-" + i });
        }

        var refused = await AdminSite.PostAsync(site.CreateClient(OfficeAddress), "/admin/login", new() { ["Login"] = "admin", ["Password"] = AdminSite.AdminPassword });

        await AssertTooManyAsync(refused, "Trop de tentatives de connexion : réessayez dans 15 min.");
    }

    [Fact]
    public async Task ResetRequestsBeyondTheLimitsOfAnAddressOrOfAnAccountAreAnswered429WithRetryAfter()
    {
        await using var site = AdminSite.Start(new Dictionary<string, string?>
        {
            ["Admin:Accounts:ResetRequestsPerClientAddress"] = "2",
            ["Admin:Accounts:ResetRequestsPerAccount"] = "3",
        });
        var attacker = site.CreateClient(AttackerAddress);
        await AdminSite.PostAsync(attacker, "/admin/forgot-password", new() { ["Login"] = "a" });
        await AdminSite.PostAsync(attacker, "/admin/forgot-password", new() { ["Login"] = "b" });
        var perAddress = await AdminSite.PostAsync(attacker, "/admin/forgot-password", new() { ["Login"] = "c" });
        for (var i = 1; i <= 3; i++)
        {
            var accepted = await AdminSite.PostAsync(site.CreateClient("192.0.2." + i), "/admin/forgot-password", new() { ["Login"] = "admin" });
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var perAccount = await AdminSite.PostAsync(site.CreateClient(OfficeAddress), "/admin/forgot-password", new() { ["Login"] = "admin@localhost" });

        await AssertTooManyAsync(perAddress, "Trop de demandes : réessayez dans 15 min.");
        await AssertTooManyAsync(perAccount, "Trop de demandes : réessayez dans 15 min.");
    }

    [Fact]
    public async Task AnAccountIsMailedAResetLinkAtMostOncePerFiveMinutesWhileEveryRequestGetsTheSameMessage()
    {
        var mailer = new RecordingAdminMailer();
        await using var site = AdminSite.Start(services: s => s.AddSingleton<IAdminMailer>(mailer));
        var client = site.CreateClient();

        var first = await AdminSite.PostAsync(client, "/admin/forgot-password", new() { ["Login"] = "admin" });
        site.Clock.Advance(TimeSpan.FromMinutes(4));
        var second = await AdminSite.PostAsync(client, "/admin/forgot-password", new() { ["Login"] = "admin@localhost" });
        var mailedWithinFiveMinutes = mailer.Messages.Count;
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        await AdminSite.PostAsync(client, "/admin/forgot-password", new() { ["Login"] = "admin" });

        Assert.Equal(1, mailedWithinFiveMinutes);
        Assert.Equal(2, mailer.Messages.Count);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await ComparableBodyAsync(first, "admin"), await ComparableBodyAsync(second, "admin"));
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
        var page = await AdminSite.ParseAsync(response);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(message, page.QuerySelector("[role=alert]")!.TextContent);
    }

    /// <summary>The page without what differs from one answer to the next anyway: its antiforgery token and the login typed.</summary>
    private static async Task<string> ComparableBodyAsync(HttpResponseMessage response, string login) =>
        AntiforgeryValue().Replace(await response.Content.ReadAsStringAsync(), "").Replace($"value=\"{login}\"", "value=\"\"", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryValue();
}
