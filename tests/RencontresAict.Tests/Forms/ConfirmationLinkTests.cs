using System.Net;
using RencontresAict.Tests.Admin.Registrations;

namespace RencontresAict.Tests.Forms;

/// <summary>The links of registration e-mails: opening one changes nothing (mail gateways open links), its button does.</summary>
[Trait("Dates", "ServerZone")]
public sealed class ConfirmationLinkTests
{
    [Fact]
    public async Task OpeningTheConfirmationLinkShowsOneButtonInTheSiteLayoutAndChangesNothing()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());
        var ask = await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal));
        var queued = await RegistrationStaff.CountOutboxAsync(site);

        using var scanner = site.NewVisitor();
        var (status, page) = await scanner.GetAsync(RegistrationVisitor.LinkIn(ask, "/workflows/signal"));
        var (_, again) = await scanner.GetAsync(RegistrationVisitor.LinkIn(ask, "/workflows/signal"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Contains("Anne Dupré (anne.dupre@example.org)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Je confirme mon inscription", Assert.Single(page.QuerySelectorAll("main form button")).TextContent.Trim());
        Assert.Equal("post", page.QuerySelector("main form")!.GetAttribute("method"));
        Assert.NotNull(again.QuerySelector("main form button"));
        Assert.Equal(1, (await site.CountByStatusAsync())["pending"]);
        Assert.Equal(queued, await RegistrationStaff.CountOutboxAsync(site));
    }

    [Fact]
    public async Task PressingTheButtonConfirmsAndTheUsedLinkThenSaysTheRegistrationIsAlreadyConfirmed()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());
        var link = RegistrationVisitor.LinkIn(await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal)), "/workflows/signal");

        var pressed = await visitor.FollowAndPressAsync(link);
        var counts = await site.CountByStatusAsync();
        var queued = await RegistrationStaff.CountOutboxAsync(site);
        var (status, page) = await visitor.GetAsync(link);
        var pressedAgain = await visitor.Client.PostAsync(new Uri(link, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.Equal("/inscription/confirmee", pressed.Headers.Location!.OriginalString);
        Assert.Equal(1, counts["confirmed"]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Contains("Votre inscription est déjà confirmée", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, pressedAgain.StatusCode);
        Assert.Equal(queued, await RegistrationStaff.CountOutboxAsync(site));
    }

    [Fact]
    public async Task APostWithoutTheLinksTokenConfirmsNothingAndAForgedLinkAnswersInTheLayout()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());
        var link = RegistrationVisitor.LinkIn(await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal)), "/workflows/signal");

        var crossSite = await visitor.Client.PostAsync(new Uri("/workflows/signal", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "CfDJ8forged" }));
        var (forgedStatus, forged) = await visitor.GetAsync(link[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.NotFound, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forgedStatus);
        Assert.Contains("Ce lien n'est pas valide", forged.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(forged.QuerySelector("header.site-header"));
        Assert.Equal(1, (await site.CountByStatusAsync())["pending"]);
    }

    [Fact]
    public async Task TheCancellationLinkOfACancelledRegistrationSaysItIsAlreadyCancelledInTheLayout()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());
        await visitor.FollowAndPressAsync(RegistrationVisitor.LinkIn(
            await site.Smtp.WaitForAsync(m => m.Subject!.StartsWith("Confirmez", StringComparison.Ordinal)), "/workflows/signal"));
        var cancelLink = RegistrationVisitor.LinkIn(await site.Smtp.WaitForAsync(m => m.Subject!.Contains("est confirmée", StringComparison.Ordinal)), "annulation");

        var cancelled = await visitor.FollowAndPressAsync(cancelLink);
        var (status, page) = await visitor.GetAsync(cancelLink);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Contains("Votre inscription est déjà annulée", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }
}
