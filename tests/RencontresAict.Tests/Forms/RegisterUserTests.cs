using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Security;
using RencontresAict.Tests.Admin;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Workflows;

namespace RencontresAict.Tests.Forms;

/// <summary>
/// Orchard's coming-soon form, whose workflow runs RegisterUserTask with SendConfirmationEmail: the visitor gets an
/// account that signs in only once the e-mail's link is confirmed by the page's button (and, when moderated, approved).
/// </summary>
public sealed partial class RegisterUserTests
{
    private const string Email = "lea.martin@example.org";
    private const string Password = "Un-mot-de-passe-long";

    private static readonly string _comingSoon = Path.Combine(AppContext.BaseDirectory, "OrchardRecipes", "comingsoon", "Recipes", "comingsoon.recipe.json");

    [Fact]
    public async Task AVisitorRegistersConfirmsTheAddressByTheMailedLinksButtonAndOnlyThenSignsInWhileTheSameAddressCannotRegisterAgain()
    {
        using var smtp = new SmtpSink();
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?>
        {
            ["Site:SetupRecipe"] = _comingSoon, ["Site:BaseUrl"] = "https://site.example.org",
            ["Email:DeliveryMethod"] = "Smtp", ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:DefaultSender"] = "Site <site@example.org>", ["Email:PollInterval"] = "00:00:00.200",
        });
        using var visitor = new RegistrationVisitor(site.CreateClient(new() { AllowAutoRedirect = false }));

        using var registered = await RegisterAsync(visitor, Email);
        var mail = await smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == Email));
        var link = new Uri(LinkPattern().Match(mail.HtmlBody ?? "").Groups[1].Value);
        var beforeConfirming = await SignInStatusAsync(site);
        var (askStatus, ask) = await visitor.GetAsync(link.PathAndQuery);
        var afterOpeningOnly = await SignInStatusAsync(site);
        using var confirmed = await visitor.FollowAndPressAsync(link.PathAndQuery);
        var afterConfirming = await SignInStatusAsync(site);
        var (_, again) = await visitor.GetAsync(link.PathAndQuery);
        using var duplicate = await RegisterAsync(visitor, "LEA.martin@example.org\u200b");

        Assert.Contains("Thank you. A confirmation email has been sent.", (await RegistrationVisitor.ParseAsync(registered)).QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Welcome to ", mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("https://site.example.org/compte/confirmer?jeton=", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, beforeConfirming);
        Assert.Equal(HttpStatusCode.OK, askStatus);
        Assert.Equal("Je confirme mon adresse e-mail", ask.QuerySelector("main form button")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, afterOpeningOnly);
        Assert.Contains("votre adresse e-mail est confirmée", (await RegistrationVisitor.ParseAsync(confirmed)).QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterConfirming);
        Assert.Contains("Votre adresse e-mail est déjà confirmée", again.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("Un compte existe déjà avec cette adresse e-mail.", (await RegistrationVisitor.ParseAsync(duplicate)).QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        await site.InScopeAsync(async sp => Assert.Single(await sp.GetRequiredService<UserStore>().ListAsync(), u => u.Email.Contains("martin", StringComparison.OrdinalIgnoreCase)));
        Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address.Contains("martin", StringComparison.OrdinalIgnoreCase)));

        // A moderated account (RequireModeration) also waits for an administrator's « Approuver » in Users.
        await site.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<UserStore>();
            var user = (await store.FindByLoginAsync(Email))!;
            user.IsApproved = false;
            await store.SaveAsync(user);
        });
        var beforeApproval = await SignInStatusAsync(site);
        using var admin = site.CreateClient(new() { AllowAutoRedirect = false });
        using var adminIn = await AdminSite.PostAsync(admin, "/admin/login", new() { ["Login"] = "admin", ["Password"] = "Site-tests-1" });
        var users = await AdminSite.GetPageAsync(admin, "/admin/users");
        var userId = users.QuerySelector("form[action='/admin/users?handler=Approve'] input[name=id]")?.GetAttribute("value");
        using var approved = await AdminSite.PostAsync(admin, "/admin/users?handler=Approve", new() { ["id"] = userId ?? "" });

        Assert.Equal(HttpStatusCode.OK, beforeApproval);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(site));
    }

    private static async Task<HttpResponseMessage> RegisterAsync(RegistrationVisitor visitor, string email)
    {
        var (action, hidden) = await visitor.OpenFormAsync("/");
        return await visitor.PostAsync(action, hidden, new() { ["Email"] = [email], ["Password"] = [Password] });
    }

    /// <summary>The answer to signing in as the registered person from a new browser: 302 signed in, 200 the form again.</summary>
    private static async Task<HttpStatusCode> SignInStatusAsync(SiteFactory site)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = Email, ["Password"] = Password });
        return response.StatusCode;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
