using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Admin.Registrations;

/// <summary>Cancelling and resending from the admin: the same effects as the visitor's own actions, e-mails through the outbox.</summary>
public sealed partial class RegistrationAdminActionTests
{
    [Fact]
    public async Task StaffCancellingAConfirmedRegistrationEmailsThePersonAndGivesTheSeatToTheFirstPersonWaiting()
    {
        await using var site = await RegistrationSite.StartAsync();
        await site.SetCapacityAsync(1);
        var anne = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        using (var visitor = site.NewVisitor())
        {
            await visitor.Client.GetAsync(new Uri(LinkTo(To(await site.Smtp.WaitForAsync(1), "anne@example.org").Single(), "/workflows/signal"), UriKind.Relative));
        }

        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("bruno@example.org", "Martin", "Région Grand Est"));
        await site.Smtp.WaitForAsync(4);
        using var admin = await RegistrationStaff.SignInAsync(site);

        var response = await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Cancel", new() { ["confirm"] = "true" }, "/admin/registrations/" + anne);
        var mails = await site.Smtp.WaitForAsync(6);
        var counts = await site.CountByStatusAsync();
        var detail = await AdminSite.GetPageAsync(admin, "/admin/registrations/" + anne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(To(mails, "anne@example.org"), m => m.Subject!.Contains("est annulée", StringComparison.Ordinal));
        Assert.Contains(To(mails, "bruno@example.org"), m => m.Subject!.Contains("place s'est libérée", StringComparison.Ordinal));
        Assert.Equal(1, counts["cancelled"]);
        Assert.Equal(1, counts["pending"]);
        Assert.False(counts.ContainsKey("waiting"));
        var last = detail.QuerySelectorAll("table.history tbody tr")[^1];
        Assert.Equal("Annulée", last.Children[1].TextContent);
        Assert.Equal("admin", last.Children[2].TextContent);
    }

    [Fact]
    public async Task StaffCancellingAPendingRegistrationNoWorkflowWaitsOnHasTheSameEffectsOnceTheBoxIsTicked()
    {
        await using var site = await RegistrationSite.StartAsync();
        await site.SetCapacityAsync(1);
        var anne = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("bruno@example.org", "Martin", "Région Grand Est"));
        await site.Smtp.WaitForAsync(2);
        using var admin = await RegistrationStaff.SignInAsync(site);

        var unticked = await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Cancel", [], "/admin/registrations/" + anne);
        var before = await site.CountByStatusAsync();
        await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Cancel", new() { ["confirm"] = "true" }, "/admin/registrations/" + anne);
        var mails = await site.Smtp.WaitForAsync(4);
        var after = await site.CountByStatusAsync();

        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Equal(1, before["pending"]);
        Assert.Equal(1, before["waiting"]);
        Assert.Equal(1, after["cancelled"]);
        Assert.Equal(1, after["pending"]);
        Assert.Contains(To(mails, "anne@example.org"), m => m.Subject!.Contains("est annulée", StringComparison.Ordinal));
        Assert.Contains(To(mails, "bruno@example.org"), m => m.Subject!.Contains("place s'est libérée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResendingQueuesExactlyOneEmailForTheStatusWhoseConfirmationLinkWorks()
    {
        await using var site = await RegistrationSite.StartAsync();
        var anne = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        var first = (await site.Smtp.WaitForAsync(1)).Single();
        using var admin = await RegistrationStaff.SignInAsync(site);
        var queuedBefore = await RegistrationStaff.CountOutboxAsync(site);

        var response = await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Resend", [], "/admin/registrations/" + anne);
        var queuedAfter = await RegistrationStaff.CountOutboxAsync(site);
        var resent = (await site.Smtp.WaitForAsync(2))[1];
        using var visitor = site.NewVisitor();
        var confirmed = await visitor.Client.GetAsync(new Uri(LinkTo(resent, "/workflows/signal"), UriKind.Relative));
        var counts = await site.CountByStatusAsync();
        var emails = (await AdminSite.GetPageAsync(admin, "/admin/registrations/" + anne)).QuerySelectorAll("table.emails tbody tr");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(queuedBefore + 1, queuedAfter);
        Assert.Equal(first.Subject, resent.Subject);
        Assert.Equal("anne@example.org", resent.To.Mailboxes.Single().Address);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, counts["confirmed"]);
        Assert.Equal(3, emails.Length);
        Assert.Equal("admin", emails[1].Children[3].TextContent);
    }

    [Fact]
    public async Task TheOldConfirmationLinkOfARegistrationStaffCancelledSaysItIsNoLongerValidAndChangesNothing()
    {
        await using var site = await RegistrationSite.StartAsync();
        var anne = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        var invitation = (await site.Smtp.WaitForAsync(1)).Single();
        using var admin = await RegistrationStaff.SignInAsync(site);
        await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Cancel", new() { ["confirm"] = "true" }, "/admin/registrations/" + anne);
        await site.Smtp.WaitForAsync(2);

        using var visitor = site.NewVisitor();
        var response = await visitor.Client.GetAsync(new Uri(LinkTo(invitation, "/workflows/signal"), UriKind.Relative));
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response = await visitor.Client.GetAsync(response.Headers.Location!);
        }

        var page = await response.Content.ReadAsStringAsync();
        var counts = await site.CountByStatusAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ne correspond plus à aucune démarche en cours", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(1, counts["cancelled"]);
        Assert.False(counts.ContainsKey("confirmed"));
    }

    private static IEnumerable<MimeMessage> To(IEnumerable<MimeMessage> mails, string address) =>
        mails.Where(m => m.To.Mailboxes.Any(a => a.Address == address));

    private static string LinkTo(MimeMessage mail, string contains) =>
        new Uri(Link().Matches(mail.HtmlBody!).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(l => l.Contains(contains, StringComparison.Ordinal))).PathAndQuery;

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
