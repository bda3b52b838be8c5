using System.Net;
using RencontresAict.Conference.Registrations;
using RencontresAict.Tests.Display;

namespace RencontresAict.Tests.Forms;

public sealed class ArchivedEditionRegistrationTests
{
    [Fact]
    public async Task ARegistrationPostedToAnArchivedEditionsFormIsRefusedInFrenchAndStoresNothing()
    {
        // 1 May 2022: the 13th's own window is open, so only its being archived can refuse the post.
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        var (action, hidden) = await visitor.OpenFormAsync();

        await TestEdition.ImportAsync(site.Site);
        var posted = await visitor.PostAsync(action, hidden, RegistrationVisitor.ValidAnswers());
        var page = await RegistrationVisitor.ParseAsync(posted);

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(RencontresAict.Content.Liquid.FrenchTypographyFilter.Apply(RegistrationWindow.ArchivedReason), page.QuerySelector(".form-closed strong")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/inscription']"));
        Assert.Null(page.QuerySelector("form.form-content"));
        Assert.Empty(await site.ListRegistrationsAsync());
    }
}
