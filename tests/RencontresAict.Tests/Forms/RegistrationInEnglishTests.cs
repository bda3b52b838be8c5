using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RencontresAict.Conference.Registrations;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Forms;

[Trait("Dates", "ServerZone")]
public sealed class RegistrationInEnglishTests
{
    [Fact]
    public async Task EnglishRegistrantGetsEnglishPagesEmailsAndCalendarWhileAFrenchOneStaysFrenchAndStaffNoticesStayFrench()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        using var french = site.NewVisitor();

        var (formStatus, form) = await visitor.GetAsync("/en/registration");
        var (action, hidden) = await visitor.OpenFormAsync("/en/registration");
        var badAnswers = RegistrationVisitor.ValidAnswers("sam.lee@example.org");
        badAnswers["Email"] = ["not-an-address"];
        var refused = await RegistrationVisitor.ParseAsync(await visitor.PostAsync(action, hidden, badAnswers));
        var posted = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("sam.lee@example.org"), path: "/en/registration");
        var ask = await site.Smtp.WaitForAsync(m => To(m, "sam.lee@example.org") && m.Subject!.StartsWith("Confirm your registration", StringComparison.Ordinal));
        var confirmLink = RegistrationVisitor.LinkIn(ask, "/workflows/signal");
        var (_, confirmPage) = await visitor.GetAsync(confirmLink);
        var confirmed = await visitor.FollowAndPressAsync(confirmLink);
        var confirmation = await site.Smtp.WaitForAsync(m => To(m, "sam.lee@example.org") && m.Subject!.Contains("is confirmed", StringComparison.Ordinal));
        var staff = await site.Smtp.WaitForAsync(m => To(m, "coop-dec@cites-unies-france.org"));
        var cancelLink = RegistrationVisitor.LinkIn(confirmation, "annulation");
        var (_, cancelPage) = await visitor.GetAsync(cancelLink);
        var cancelled = await visitor.FollowAndPressAsync(cancelLink);
        var cancellation = await site.Smtp.WaitForAsync(m => To(m, "sam.lee@example.org") && m.Subject!.Contains("is cancelled", StringComparison.Ordinal));
        await french.RegisterAsync(RegistrationVisitor.ValidAnswers("anne.dupre@example.org"));
        var frenchAsk = await site.Smtp.WaitForAsync(m => To(m, "anne.dupre@example.org"));
        var registrations = await site.ListRegistrationsAsync();
        var languages = await LanguageColumnAsync(site, registrations);

        Assert.Equal(HttpStatusCode.OK, formStatus);
        Assert.Equal("Register for the Rencontres", form.QuerySelector("h1")!.TextContent.Trim());
        var labels = form.QuerySelector("form.form-content")!.TextContent;
        Assert.Contains("First name", labels, StringComparison.Ordinal);
        Assert.Contains("(required)", labels, StringComparison.Ordinal);
        Assert.DoesNotContain("Prénom", labels, StringComparison.Ordinal);
        Assert.DoesNotContain("obligatoire", labels, StringComparison.Ordinal);
        Assert.Contains("Enter a valid e-mail address in the field \"E-mail address\"", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/en/registration/thank-you", posted.Headers.Location!.OriginalString);
        Assert.Contains("Dear Anne Dupré", ask.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("I confirm my registration", ask.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Monday 20 and Tuesday 21 June 2022", ask.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Confirm my registration", confirmPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/en/registration/confirmed", confirmed.Headers.Location!.OriginalString);
        Assert.Contains("When: from Monday 20 June 2022 at ", confirmation.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("(Paris time)", confirmation.HtmlBody, StringComparison.Ordinal);
        var calendar = CalendarText(confirmation);
        Assert.Contains("SUMMARY;LANGUAGE=en:", calendar, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION;LANGUAGE=en:", calendar, StringComparison.Ordinal);
        Assert.Contains("Paris time", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("heure de Paris", calendar, StringComparison.Ordinal);
        Assert.StartsWith("Nouvelle inscription confirmée", staff.Subject, StringComparison.Ordinal);
        Assert.Equal("Cancel my registration", cancelPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/en/registration/cancelled", cancelled.Headers.Location!.OriginalString);
        Assert.Contains("is cancelled, as you asked", cancellation.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("Confirmez votre inscription", frenchAsk.Subject, StringComparison.Ordinal);
        Assert.Contains("lundi 20 et mardi 21 juin 2022", frenchAsk.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("en", RegistrationFactory.Culture(registrations.Single(r => RegistrationFactory.Text(r, "Email") == "sam.lee@example.org")));
        Assert.Equal("fr-FR", RegistrationFactory.Culture(registrations.Single(r => RegistrationFactory.Text(r, "Email") == "anne.dupre@example.org")));
        Assert.Equal(["anglais", "français"], languages);
    }

    private static bool To(MimeMessage message, string address) => message.To.Mailboxes.Any(a => a.Address == address);

    /// <summary>The attached calendar's text, its long lines unfolded (RFC 5545 folds them at 75 octets).</summary>
    private static string CalendarText(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n ", "", StringComparison.Ordinal);
    }

    /// <summary>The export's « Langue » column for each registration, in the order given.</summary>
    private static async Task<List<string>> LanguageColumnAsync(RegistrationSite site, IReadOnlyList<RencontresAict.Content.ContentManagement.ContentItem> registrations)
    {
        var values = new List<string>();
        await site.Site.InScopeAsync(async sp =>
        {
            var edition = (await sp.GetRequiredService<EditionFactsReader>().ReadAsync(SiteFactory.EditionId))!;
            var column = (await sp.GetRequiredService<RegistrationExporter>().ColumnsAsync(edition)).Single(c => c.Header == "Langue");
            values.AddRange(registrations.Select(column.Text));
        });
        return values;
    }
}
