using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Admin.Registrations;

/// <summary>A member of staff in the admin of a <see cref="RegistrationSite"/>, and the registrations visitors make there.</summary>
public static class RegistrationStaff
{
    /// <summary>The administrator's password on a SiteFactory site.</summary>
    public const string AdminPassword = "Site-tests-1";

    public static async Task<HttpClient> SignInAsync(RegistrationSite site, string login = "admin", string password = AdminPassword)
    {
        var client = site.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await AdminSite.PostAsync(client, "/admin/login", new() { ["Login"] = login, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task CreateUserAsync(RegistrationSite site, string userName, string password, params string[] roles) => site.Site.InScopeAsync(async sp =>
    {
        var user = new UserRecord { UserId = "u-" + userName, UserName = userName, Email = userName + "@example.org", Roles = [.. roles], SecurityStamp = "s" };
        user.PasswordHash = new PasswordHasher<UserRecord>().HashPassword(user, password);
        await sp.GetRequiredService<UserStore>().SaveAsync(user);
    });

    /// <summary>A visitor registers with these answers through /inscription; returns the registration's id.</summary>
    public static async Task<string> RegisterAsync(RegistrationSite site, Dictionary<string, string[]> answers)
    {
        using var visitor = site.NewVisitor();
        var response = await visitor.RegisterAsync(answers);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string? id = null;
        await site.Site.InScopeAsync(async sp => id = await sp.GetRequiredService<DocumentSession>().QueryFirstOrDefaultAsync<string?>(
            "SELECT ContentItemId FROM RegistrationIndex WHERE EmailKey = @email", new { email = answers["Email"][0] }));
        return id ?? throw new InvalidOperationException("No registration for " + answers["Email"][0]);
    }

    public static Dictionary<string, string[]> Answers(string email, string lastName, string organisation)
    {
        var answers = RegistrationVisitor.ValidAnswers(email);
        answers["LastName"] = [lastName];
        answers["OrganisationName"] = [organisation];
        return answers;
    }

    public static async Task<long> CountOutboxAsync(RegistrationSite site)
    {
        long count = 0;
        await site.Site.InScopeAsync(async sp =>
            count = await sp.GetRequiredService<DocumentSession>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM OutboxMessageIndex"));
        return count;
    }
}
