using System.Net;
using System.Text.RegularExpressions;

namespace RencontresAict.Tests.Forms;

[Trait("Dates", "ServerZone")]
public sealed partial class RegistrationFlowTests
{
    [Fact]
    public async Task VisitorRegistersConfirmsFromTheEmailAndCancelsThroughTheConfirmStep()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();

        var posted = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());
        var ask = await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal));
        var confirmed = await visitor.FollowAndPressAsync(RegistrationVisitor.LinkIn(ask, "/workflows/signal"));
        var confirmation = await site.Smtp.WaitForAsync(m => m.Subject!.Contains("est confirmée", StringComparison.Ordinal));
        var staff = await site.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "coop-dec@cites-unies-france.org"));
        var cancelLink = new Uri(Link().Matches(confirmation.HtmlBody!).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(l => l.Contains("annulation", StringComparison.Ordinal)));
        var (cancelPageStatus, cancelPage) = await visitor.GetAsync(cancelLink.PathAndQuery);
        var stillConfirmed = await site.CountByStatusAsync();
        var cancelForm = cancelPage.QuerySelector("form:not([role=search])")!;
        var cancel = await visitor.Client.PostAsync(new Uri(cancelForm.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(
            cancelForm.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))));
        var afterCancel = await site.CountByStatusAsync();

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/inscription/merci", posted.Headers.Location!.OriginalString);
        Assert.Equal("anne.dupre@example.org", ask.To.Mailboxes.Single().Address);
        Assert.Equal("/inscription/confirmee", confirmed.Headers.Location!.OriginalString);
        var calendar = Ical.Net.Calendar.Load(CalendarText(confirmation))!;
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.Equal(
            ["2022-06-20 14:30–19:00", "2022-06-21 08:30–17:00"],
            calendar.Events.OrderBy(e => e.Start!.AsUtc).Select(e =>
                $"{TimeZoneInfo.ConvertTimeFromUtc(e.Start!.AsUtc, paris):yyyy-MM-dd HH:mm}–{TimeZoneInfo.ConvertTimeFromUtc(e.End!.AsUtc, paris):HH:mm}"));
        Assert.Contains("Anne", staff.Subject, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cancelPageStatus);
        Assert.Equal(1, stillConfirmed["confirmed"]);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal("/inscription/annulee", cancel.Headers.Location!.OriginalString);
        Assert.Equal(1, afterCancel["cancelled"]);
        Assert.False(afterCancel.ContainsKey("confirmed"));
    }

    /// <summary>The text of the confirmation's calendar attachment.</summary>
    private static string CalendarText(MimeKit.MimeMessage message)
    {
        var part = message.Attachments.OfType<MimeKit.MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
