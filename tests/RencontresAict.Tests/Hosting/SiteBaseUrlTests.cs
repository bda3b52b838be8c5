using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;
using RencontresAict.Tests.Admin;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Hosting;

/// <summary>
/// Every absolute link the site writes starts with Site:BaseUrl, whatever Host header the request carried. The host
/// filter is opened (AllowedHosts *) so the request reaches the site, as on a deployment that forgot to restrict it.
/// </summary>
[Trait("Dates", "ServerZone")]
public sealed partial class SiteBaseUrlTests
{
    private const string BaseUrl = "https://rencontres.example";
    private static readonly Uri ForeignHost = new("http://evil.example/");

    private static Dictionary<string, string?> Settings() => new() { ["Site:BaseUrl"] = BaseUrl, ["AllowedHosts"] = "*" };

    [Fact]
    public async Task APasswordResetLinkPointsAtTheConfiguredAddressWhateverHostTheRequestNamed()
    {
        await using var site = AdminSite.Start(Settings());
        using var client = site.CreateClient();
        client.BaseAddress = ForeignHost;

        await AdminSite.PostAsync(client, "/admin/forgot-password", new() { ["Login"] = "admin" });
        var message = await MimeMessage.LoadAsync(Assert.Single(await site.WaitForMailAsync()));

        Assert.StartsWith(BaseUrl + "/admin/reset-password?token=", Link().Match(message.TextBody ?? "").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegistrationConfirmationLinkPointsAtTheConfiguredAddressWhateverHostTheRequestNamed()
    {
        await using var site = await RegistrationSite.StartAsync(Settings());
        using var visitor = new RegistrationVisitor(site.Site.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ForeignHost,
        }));

        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());
        var ask = Assert.Single(await site.Smtp.WaitForAsync(1));
        var links = Link().Matches(ask.HtmlBody!).Select(m => m.Value).Where(l => l.Contains("/workflows/signal", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(BaseUrl + "/workflows/signal?token=", l, StringComparison.Ordinal));
        Assert.DoesNotContain("evil.example", ask.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/programme.ics")]
    [InlineData("/schedule.json")]
    [InlineData("/schedule.xml")]
    [InlineData("/")]
    public async Task ExportsAndJsonLdLinkToTheConfiguredAddressWhateverHostTheRequestNamed(string path)
    {
        await using var site = await SiteFactory.StartAsync(Settings());
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ForeignHost });

        var text = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains(BaseUrl + "/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentNamesTheConfiguredAddressAsItsServer()
    {
        await using var site = await SiteFactory.StartAsync(Settings());
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ForeignHost });

        var text = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains($"\"url\": \"{BaseUrl}\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Link();
}
