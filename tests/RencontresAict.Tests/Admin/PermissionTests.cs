using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Tests.Admin;

public sealed class PermissionTests
{
    private const string NewSession = "/admin/contents/Session/edit";

    [Fact]
    public async Task AnAuthorSavesADraftOfTheirOwnSessionButCannotPublishIt()
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("autrice", "Autrice-pass-1", "Author");
        var client = await site.SignInAsync("autrice", "Autrice-pass-1");
        var page = await AdminSite.GetPageAsync(client, NewSession);
        var form = AdminSite.FormValues(page);
        form["TitlePart.Title"] = "Atelier de l'autrice";

        var saved = await AdminSite.PostAsync(client, NewSession + "?handler=Save", form, NewSession);
        var editPath = saved.Headers.Location!.OriginalString;
        var editForm = AdminSite.FormValues(await AdminSite.GetPageAsync(client, editPath));
        var publish = await AdminSite.PostAsync(client, editPath + "?handler=Publish", editForm, editPath);
        var someoneElses = await client.GetAsync(new Uri("/admin/contents/Session/edit/" + AdminSite.SessionId, UriKind.Relative));

        Assert.Null(page.QuerySelector("button[formaction$='handler=Publish']"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/denied", publish.Headers.Location!.AbsolutePath);
        Assert.Equal("/admin/denied", someoneElses.Headers.Location!.AbsolutePath);
        var id = editPath.Split('/')[^1];
        var item = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.False(item!.Published);
        Assert.Equal("u-autrice", item.Owner);
    }

    [Fact]
    public async Task AnEditorPublishesASessionSomeoneElseWrote()
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("editrice", "Editrice-pass-1", "Editor");
        var client = await site.SignInAsync("editrice", "Editrice-pass-1");
        var editPath = "/admin/contents/Session/edit/" + AdminSite.SessionId;
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, editPath));
        form["Session.Room"] = "Salle Lumière";

        var publish = await AdminSite.PostAsync(client, editPath + "?handler=Publish", form, editPath);
        var users = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(editPath, publish.Headers.Location!.OriginalString);
        Assert.Equal("/admin/denied", users.Headers.Location!.AbsolutePath);
        var live = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(AdminSite.SessionId));
        Assert.Equal("Salle Lumière", live!.GetText("Session", "Room", "Text"));
        Assert.Equal("editrice", live.Author);
    }

    [Fact]
    public async Task AUserWithoutAccessToTheAdminIsRefusedAndADisabledUserIsSignedOut()
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("visiteur", "Visiteur-pass-1");
        await site.CreateUserAsync("editrice", "Editrice-pass-1", "Editor");
        var visitor = await site.SignInAsync("visiteur", "Visiteur-pass-1");
        var editor = await site.SignInAsync("editrice", "Editrice-pass-1");
        var admin = await site.SignInAsync();

        var refused = await visitor.GetAsync(new Uri("/admin", UriKind.Relative));
        var userPage = "/admin/users/edit/u-editrice";
        var disable = await AdminSite.PostAsync(admin, userPage, new() { ["UserName"] = "editrice", ["Email"] = "editrice@example.org", ["Roles"] = "Editor", ["IsEnabled"] = "false" });
        var afterwards = await editor.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal("/admin/denied", refused.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Equal("/admin/login", afterwards.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task TheContentSearchGivesAnAuthorTheirOwnDraftsAndPublishedItemsButNotSomeoneElsesDraft()
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("autrice", "Autrice-pass-1", "Author");
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            foreach (var (title, owner) in new[] { ("Atelier secret auteur", "u-auteur"), ("Atelier secret autrice", "u-autrice") })
            {
                var draft = await contents.NewAsync("Session");
                draft.Owner = owner;
                draft.GetOrCreatePart("TitlePart")["Title"] = title;
                await contents.CreateAsync(draft, publish: false);
            }

            return true;
        });
        var client = await site.SignInAsync("autrice", "Autrice-pass-1");

        using var secret = await client.GetAsync(new Uri("/admin/api/content-search?types=Session&q=secret", UriKind.Relative));
        using var published = await client.GetAsync(new Uri("/admin/api/content-search?types=Session&q=", UriKind.Relative));

        var found = await secret.Content.ReadAsStringAsync();
        Assert.Contains("Atelier secret autrice", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Atelier secret auteur", found, StringComparison.Ordinal);
        Assert.Contains(AdminSite.SessionId, await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
