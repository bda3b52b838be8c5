using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Admin;

public sealed class PermissionServiceTests
{
    [Fact]
    public async Task AuthorsEditOnlyTheirOwnItemsAndNeverPublishEditorsPublishAllAndAdministratorsDoEverything()
    {
        await using var host = await ContentEngineHost.StartAsync();
        var own = new ContentItem { ContentType = "Session", Owner = "u1" };
        var other = new ContentItem { ContentType = "Session", Owner = "u2" };

        var (authorEditsOwn, authorEditsOther, authorPublishesOwn, editorPublishes, adminManagesUsers, visitorViews, visitorEdits) =
            await host.InScopeAsync(async sp =>
            {
                var permissions = sp.GetRequiredService<PermissionService>();
                var author = User("u1", RoleNames.Author);
                return (await permissions.IsAllowedAsync(author, Permissions.EditContent, own),
                    await permissions.IsAllowedAsync(author, Permissions.EditContent, other),
                    await permissions.IsAllowedAsync(author, Permissions.PublishContent, own),
                    await permissions.IsAllowedAsync(User("u3", RoleNames.Editor), Permissions.PublishContent, other),
                    await permissions.IsAllowedAsync(User("u4", RoleNames.Administrator), Permissions.ManageUsers),
                    await permissions.IsAllowedAsync(new ClaimsPrincipal(new ClaimsIdentity()), Permissions.ViewContent, other),
                    await permissions.IsAllowedAsync(new ClaimsPrincipal(new ClaimsIdentity()), Permissions.EditContent, other));
            });

        Assert.True(authorEditsOwn);
        Assert.False(authorEditsOther);
        Assert.False(authorPublishesOwn);
        Assert.True(editorPublishes);
        Assert.True(adminManagesUsers);
        Assert.True(visitorViews);
        Assert.False(visitorEdits);
    }

    [Fact]
    public async Task APerTypePermissionGrantsThatTypeOnlyAndStrongerPermissionsImplyWeakerOnes()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await host.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleStore>();
            var document = await roles.GetAsync();
            document.Roles.Add(new RoleRecord { Name = "SessionPublisher", Permissions = [Permissions.ForType(Permissions.PublishContent, "Session")] });
            await roles.SaveAsync(document);
        });

        var (editSession, editSpeaker, deleteSession) = await host.InScopeAsync(async sp =>
        {
            var permissions = sp.GetRequiredService<PermissionService>();
            var user = User("u9", "SessionPublisher");
            return (await permissions.IsAllowedAsync(user, Permissions.EditContent, new ContentItem { ContentType = "Session" }),
                await permissions.IsAllowedAsync(user, Permissions.EditContent, new ContentItem { ContentType = "Speaker" }),
                await permissions.IsAllowedAsync(user, Permissions.DeleteContent, new ContentItem { ContentType = "Session" }));
        });

        Assert.True(editSession);
        Assert.False(editSpeaker);
        Assert.False(deleteSession);
    }

    [Fact]
    public async Task TheRolesStepReplacesAddsAndRemovesPermissionsButLeavesTheAdministratorAlone()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RecipeFiles.RunAsync(host, """
            { "name": "roles", "steps": [ { "name": "Roles", "Roles": [
              { "Name": "Editor", "Permissions": ["ManageUsers"], "PermissionBehavior": "Add" },
              { "Name": "Author", "Permissions": ["ManageMedia"], "PermissionBehavior": "Remove" },
              { "Name": "Reviewer", "Description": "Relit", "Permissions": ["PreviewContent", "ViewContent"] },
              { "Name": "Administrator", "Permissions": [] } ] } ] }
            """);

        var roles = await host.InScopeAsync(sp => sp.GetRequiredService<RoleStore>().GetAsync());

        Assert.Contains(Permissions.ManageUsers, roles.Roles.Single(r => r.Name == "Editor").Permissions);
        Assert.Contains(Permissions.PublishContent, roles.Roles.Single(r => r.Name == "Editor").Permissions);
        Assert.DoesNotContain(Permissions.ManageMedia, roles.Roles.Single(r => r.Name == "Author").Permissions);
        Assert.Equal(["PreviewContent", "ViewContent"], roles.Roles.Single(r => r.Name == "Reviewer").Permissions);
        Assert.True(await host.InScopeAsync(sp => sp.GetRequiredService<PermissionService>().IsAllowedAsync(User("a", "Administrator"), Permissions.ManageRoles)));
    }

    [Fact]
    public async Task ARolesStepWithAnUnknownBehaviourFailsAtItsJsonPath()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => RecipeFiles.RunAsync(host, """
            { "name": "roles", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": [], "PermissionBehavior": "Merge" } ] } ] }
            """));

        Assert.Contains("$.steps[0].Roles[0].PermissionBehavior", error.ToString(), StringComparison.Ordinal);
    }

    private static ClaimsPrincipal User(string id, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));
}
