using System.Net;
using AngleSharp.Html.Dom;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// A refused button never loses what the editor typed: each button of the generic editor (save, publish, publish later
/// without a date or with one that cannot be read) answers its error with every typed value in the form, including a
/// value that could not be read.
/// </summary>
[Trait("Dates", "ServerZone")]
public sealed class TypedWorkTests
{
    private static readonly string _editPath = "/admin/contents/Session/edit/" + AdminSite.SessionId;

    [Fact]
    public async Task EveryButtonOfTheEditorKeepsTheTypedValuesWhenItRefusesThem()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var typed = AdminSite.FormValues(await AdminSite.GetPageAsync(client, _editPath));
        typed["TitlePart.Title"] = "Titre tapé à garder";
        typed["Session.Room"] = "Salle tapée";
        typed["Session.StartsAt"] = "2022-06-20T15:10";

        foreach (var (handler, change) in new (string, Action<Dictionary<string, string>>)[]
        {
            ("Schedule", f => f["PublishAt"] = ""),
            ("Schedule", f => f["PublishAt"] = "demain midi"),
            ("Save", f => f["Session.EndsAt"] = "pas une date"),
            ("Publish", f => f["Session.EndsAt"] = "pas une date"),
            ("Schedule", f => { f["Session.EndsAt"] = "pas une date"; f["PublishAt"] = "2022-05-03T09:00"; }),
        })
        {
            var form = new Dictionary<string, string>(typed);
            change(form);
            var response = await AdminSite.PostAsync(client, _editPath + "?handler=" + handler, form, _editPath);
            var page = await AdminSite.ParseAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(page.QuerySelector("[role=alert]"));
            Assert.NotNull(page.QuerySelector("form[data-dirty=true]")); // leaving the refused page warns: nothing is saved yet
            Assert.Equal("Titre tapé à garder", Value(page, "#f_TitlePart_Title"));
            Assert.Equal("Salle tapée", Value(page, "#f_Session_Room"));
            Assert.Equal("2022-06-20T15:10", Value(page, "#f_Session_StartsAt"));
            Assert.Equal(form.GetValueOrDefault("Session.EndsAt"), Value(page, "#f_Session_EndsAt"));
            Assert.Equal(form["PublishAt"], Value(page, "#PublishAt") ?? "");
        }
    }

    [Fact]
    public async Task ANewItemPublishedLaterWithoutADateKeepsItsTypedTitle()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, "/admin/contents/Session/edit"));
        form["TitlePart.Title"] = "Nouvel atelier tapé";
        form["Session.Room"] = "Salle neuve";

        var response = await AdminSite.PostAsync(client, "/admin/contents/Session/edit?handler=Schedule", form, "/admin/contents/Session/edit");
        var page = await AdminSite.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Indiquez la date", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nouvel atelier tapé", Value(page, "#f_TitlePart_Title"));
        Assert.Equal("Salle neuve", Value(page, "#f_Session_Room"));
    }

    private static string? Value(IHtmlDocument page, string selector) => page.QuerySelector(selector) switch
    {
        IHtmlTextAreaElement area => area.Value,
        { } element => element.GetAttribute("value"),
        null => throw new Xunit.Sdk.XunitException($"no {selector} on the page"),
    };
}
