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
            await visitor.FollowAndPressAsync(LinkTo(await site.Smtp.WaitForAsync(m => Is(m, "anne@example.org", "Confirmez")), "/workflows/signal"));
        }

        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("bruno@example.org", "Martin", "Région Grand Est"));
        await site.Smtp.WaitForAsync(m => Is(m, "bruno@example.org", "liste d'attente"));
        using var admin = await RegistrationStaff.SignInAsync(site);

        var response = await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Cancel", new() { ["confirm"] = "true" }, "/admin/registrations/" + anne);
        await site.Smtp.WaitForAsync(m => Is(m, "anne@example.org", "est annulée"));
        await site.Smtp.WaitForAsync(m => Is(m, "bruno@example.org", "place s'est libérée"));
        var counts = await site.CountByStatusAsync();
        var detail = await AdminSite.GetPageAsync(admin, "/admin/registrations/" + anne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
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
        await site.Smtp.WaitForAsync(m => Is(m, "bruno@example.org", "liste d'attente"));
        using var admin = await RegistrationStaff.SignInAsync(site);

        var unticked = await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Cancel", [], "/admin/registrations/" + anne);
        var before = await site.CountByStatusAsync();
        await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Cancel", new() { ["confirm"] = "true" }, "/admin/registrations/" + anne);
        await site.Smtp.WaitForAsync(m => Is(m, "anne@example.org", "est annulée"));
        await site.Smtp.WaitForAsync(m => Is(m, "bruno@example.org", "place s'est libérée"));
        var after = await site.CountByStatusAsync();

        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Equal(1, before["pending"]);
        Assert.Equal(1, before["waiting"]);
        Assert.Equal(1, after["cancelled"]);
        Assert.Equal(1, after["pending"]);
    }

    [Fact]
    public async Task ResendingQueuesExactlyOneEmailForTheStatusWhoseConfirmationLinkWorks()
    {
        await using var site = await RegistrationSite.StartAsync();
        var anne = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        var first = await site.Smtp.WaitForAsync(m => Is(m, "anne@example.org", "Confirmez"));
        using var admin = await RegistrationStaff.SignInAsync(site);
        var queuedBefore = await RegistrationStaff.CountOutboxAsync(site);

        var response = await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Resend", [], "/admin/registrations/" + anne);
        var queuedAfter = await RegistrationStaff.CountOutboxAsync(site);
        var resent = (await site.Smtp.WaitForAllAsync(m => m.Subject == first.Subject, 2)).Single(m => !ReferenceEquals(m, first));
        using var visitor = site.NewVisitor();
        var confirmed = await visitor.FollowAndPressAsync(LinkTo(resent, "/workflows/signal"));
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
    public async Task TheOldConfirmationLinkOfARegistrationStaffCancelledSaysItIsAlreadyCancelledAndChangesNothing()
    {
        await using var site = await RegistrationSite.StartAsync();
        var anne = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        var invitation = await site.Smtp.WaitForAsync(m => Is(m, "anne@example.org", "Confirmez"));
        using var admin = await RegistrationStaff.SignInAsync(site);
        await AdminSite.PostAsync(admin, $"/admin/registrations/{anne}?handler=Cancel", new() { ["confirm"] = "true" }, "/admin/registrations/" + anne);
        await site.Smtp.WaitForAsync(m => Is(m, "anne@example.org", "est annulée"));

        using var visitor = site.NewVisitor();
        var (status, page) = await visitor.GetAsync(LinkTo(invitation, "/workflows/signal"));
        var posted = await visitor.Client.PostAsync(new Uri(LinkTo(invitation, "/workflows/signal"), UriKind.Relative), null);
        var counts = await site.CountByStatusAsync();

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("Votre inscription est déjà annulée", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.Equal(1, counts["cancelled"]);
        Assert.False(counts.ContainsKey("confirmed"));
    }

    private static bool Is(MimeMessage mail, string address, string subject) =>
        mail.To.Mailboxes.Any(a => a.Address == address) && mail.Subject!.Contains(subject, StringComparison.Ordinal);

    private static string LinkTo(MimeMessage mail, string contains) =>
        new Uri(Link().Matches(mail.HtmlBody!).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(l => l.Contains(contains, StringComparison.Ordinal))).PathAndQuery;

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
