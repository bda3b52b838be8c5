using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Tests.Admin.Registrations;
using RencontresAict.Tests.Forms;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// The dashboard shows what needs the staff now — registrations by status against capacity, the next scheduled
/// publications, the last changes, e-mails that failed — and not the menu again.
/// </summary>
[Trait("Dates", "ServerZone")]
public sealed class DashboardTests
{
    [Fact]
    public async Task TheDashboardShowsRegistrationsAgainstCapacityNextPublicationsRecentChangesAndFailedEmails()
    {
        await using var site = await RegistrationSite.StartAsync(new Dictionary<string, string?> { ["Email:MaxAttempts"] = "1" }, smtpUp: false);
        await site.SetCapacityAsync(300);
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        using var admin = await RegistrationStaff.SignInAsync(site);
        var editPath = "/admin/contents/Session/edit/" + AdminSite.SessionId;
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(admin, editPath));
        form["PublishAt"] = "2022-06-01T09:30";
        await AdminSite.PostAsync(admin, editPath + "?handler=Schedule", form, editPath);
        await WaitForAFailedEmailAsync(site);

        var dashboard = await AdminSite.GetPageAsync(admin, "/admin");
        var panels = dashboard.QuerySelectorAll("main section.panel").ToDictionary(p => p.QuerySelector("h2")!.TextContent.Trim());

        var registrations = panels.Single(p => p.Key.StartsWith("Inscriptions — ", StringComparison.Ordinal)).Value;
        Assert.Equal("1 sur 300", Line(registrations, "Places occupées"));
        Assert.Equal("1", Line(registrations, "À confirmer"));
        Assert.Equal("0", Line(registrations, "Confirmée"));
        Assert.Equal("01/06/2022 09:30", Line(panels["Prochaines publications"], "Points pays"));
        Assert.EndsWith("· admin", Line(panels["Dernières modifications"], "Points pays"), StringComparison.Ordinal);
        var failed = panels["E-mails en échec (1)"];
        Assert.StartsWith("/admin/outbox/", failed.QuerySelector("li a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("anne@example.org", failed.TextContent, StringComparison.Ordinal);
        Assert.NotNull(failed.QuerySelector("a[href='/admin/outbox?status=failed']"));
        Assert.Null(dashboard.QuerySelector("main a[href='/admin/content-types'], main a[href='/admin/users'], main a[href='/admin/media']"));
    }

    /// <summary>The detail of the panel's line whose text is <paramref name="text"/>.</summary>
    private static string Line(IElement panel, string text) =>
        panel.QuerySelectorAll("li").Single(li => li.FirstElementChild!.TextContent.Trim() == text).QuerySelector(".detail")!.TextContent.Trim();

    private static async Task WaitForAFailedEmailAsync(RegistrationSite site)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            IReadOnlyList<OutboxMessage> failed = [];
            await site.Site.InScopeAsync(async sp => failed = await sp.GetRequiredService<OutboxStore>().ListAsync(OutboxStatus.Failed));
            if (failed.Count > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("No failed e-mail in the outbox after 10 s.");
    }
}
