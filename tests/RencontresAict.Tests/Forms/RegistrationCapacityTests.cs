using System.Net;
using System.Text.RegularExpressions;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Forms;

public sealed partial class RegistrationCapacityTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task EightyParallelRegistrationsForSixtySeatsGiveSixtySeatsAndTwentyWaiting(string provider)
    {
        await using var site = await RegistrationSite.StartAsync(provider: provider);
        await site.SetCapacityAsync(60);

        var responses = await Task.WhenAll(Enumerable.Range(0, 80).Select(async i =>
        {
            using var visitor = site.NewVisitor();
            var response = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers($"participant{i}@example.org"));
            return response.Headers.Location?.OriginalString ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }));
        var mails = await site.Smtp.WaitForAsync(80, TimeSpan.FromSeconds(180));
        await Task.Delay(500);
        var counts = await site.CountByStatusAsync();
        var registrations = await site.ListRegistrationsAsync();
        Assert.Equal(60, responses.Count(l => l == "/inscription/merci"));
        Assert.Equal(20, responses.Count(l => l == "/inscription/liste-attente"));
        Assert.Equal(60, counts["pending"]);
        Assert.Equal(20, counts["waiting"]);
        Assert.Equal(80, registrations.Select(r => r.ContentItemId).Distinct().Count());
        Assert.Equal(80, site.Smtp.Messages.Count);
        Assert.Equal(80, mails.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.Equal(20, mails.Count(m => m.Subject!.Contains("liste d'attente", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ABurstLargerThanTheConnectionPoolWaitsItsTurnInsteadOfFailingOnThePoolsTimeout()
    {
        // Six connections, given up after one second: 60 registrations of one edition, serialized by its lock, take longer.
        await using var site = await RegistrationSite.StartAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = await PostgresTestServer.CreateDatabaseAsync() + ";Timeout=1",
            ["Database:PostgresMaxPoolSize"] = "6",
            ["Forms:ConcurrentPosts"] = "2",
        });

        // The forms are opened a few at a time beforehand: the burst under test is the posts. (Sixty page views at once
        // on six connections given up after one second measure how busy the machine is, not the gate.)
        var visitors = Enumerable.Range(0, 60).Select(_ => site.NewVisitor()).ToList();
        var forms = new (string Action, Dictionary<string, string> Hidden)[visitors.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, visitors.Count), new ParallelOptions { MaxDegreeOfParallelism = 3 },
            async (i, _) => forms[i] = await visitors[i].OpenFormAsync());

        var responses = await Task.WhenAll(visitors.Select(async (visitor, i) =>
        {
            var response = await visitor.PostAsync(forms[i].Action, forms[i].Hidden, RegistrationVisitor.ValidAnswers($"rafale{i}@example.org"));
            return response.Headers.Location?.OriginalString ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }));
        visitors.ForEach(visitor => visitor.Dispose());
        var counts = await site.CountByStatusAsync();

        Assert.All(responses, r => Assert.Equal("/inscription/merci", r));
        Assert.Equal(60, counts["pending"]);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task CancellingFreesTheSeatForTheFirstPersonWaitingWhoIsToldAndCanConfirm(string provider)
    {
        await using var site = await RegistrationSite.StartAsync(provider: provider);
        await site.SetCapacityAsync(1);
        using var anne = site.NewVisitor();
        using var bruno = site.NewVisitor();
        using var chloe = site.NewVisitor();

        await anne.RegisterAsync(RegistrationVisitor.ValidAnswers("anne@example.org"));
        await anne.FollowAndPressAsync(LinkTo(await site.Smtp.WaitForAsync(m => To(m, "anne@example.org")), "/workflows/signal"));
        await bruno.RegisterAsync(RegistrationVisitor.ValidAnswers("bruno@example.org"));
        await chloe.RegisterAsync(RegistrationVisitor.ValidAnswers("chloe@example.org"));
        var confirmation = await site.Smtp.WaitForAsync(m => m.Subject!.Contains("est confirmée", StringComparison.Ordinal));
        var (_, cancelPage) = await anne.GetAsync(LinkTo(confirmation, "annulation"));
        var form = cancelPage.QuerySelector("form:not([role=search])")!;
        await anne.Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(
            form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))));
        var promoted = await site.Smtp.WaitForAsync(m => m.Subject!.Contains("place s'est libérée", StringComparison.Ordinal));
        var afterCancel = await site.CountByStatusAsync();
        var confirmed = await bruno.FollowAndPressAsync(LinkTo(promoted, "/workflows/signal"));
        var final = await site.CountByStatusAsync();

        Assert.Equal("bruno@example.org", promoted.To.Mailboxes.Single().Address);
        Assert.Equal(1, afterCancel["pending"]);
        Assert.Equal(1, afterCancel["waiting"]);
        Assert.Equal(1, afterCancel["cancelled"]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, final["confirmed"]);
        Assert.Equal(1, final["waiting"]);
    }

    [Fact]
    public async Task ForgedOrAlteredCancellationLinkGetsAFrenchPageAndChangesNothing()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();

        var (forgedStatus, forged) = await visitor.GetAsync("/inscription/annulation?token=CfDJ8AAAAforged");
        var post = await visitor.Client.PostAsync(new Uri("/inscription/annulation", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "forged" }));

        Assert.Equal(HttpStatusCode.NotFound, forgedStatus);
        Assert.Contains("Ce lien d'annulation n'est pas valide", forged.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    private static bool To(MimeKit.MimeMessage mail, string address) => mail.To.Mailboxes.Any(a => a.Address == address);

    private static string LinkTo(MimeKit.MimeMessage mail, string contains) =>
        new Uri(Link().Matches(mail.HtmlBody!).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(l => l.Contains(contains, StringComparison.Ordinal))).PathAndQuery;

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
