using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Security;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Admin;

public sealed class PermissionCatalogTests
{
    [Fact]
    public async Task EveryModuleDeclaresItsOwnPermissionsAndTheDefaultRolesHoldWhatTheModulesGrantThem()
    {
        await using var site = await ContentEngineHost.StartAsync(siteModules: true);
        await using var engine = await ContentEngineHost.StartAsync();

        var (listed, roles) = await site.InScopeAsync(async sp =>
            (sp.GetRequiredService<PermissionCatalog>().SitePermissions, await sp.GetRequiredService<RoleStore>().GetAsync()));
        var engineOnly = await engine.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<PermissionCatalog>().SitePermissions));

        Assert.Equal(["AccessAdminPanel", "ManageUsers", "ManageRoles", "ManageContentTypes", "ManageMedia", "ManageOwnMedia"], listed.Take(6));
        Assert.Contains("ManageRegistrations", listed);
        Assert.Contains("AccessContentApi", listed);
        Assert.Contains("ManageWorkflows", listed);
        Assert.DoesNotContain("ManageRegistrations", engineOnly);
        Assert.DoesNotContain("AccessContentApi", engineOnly);
        Assert.Contains("ManageRegistrations", roles.Roles.Single(r => r.Name == RoleNames.Editor).Permissions);
        Assert.Equal(["ViewContent", "AccessContentApi", "ExecuteGraphQL"], roles.Roles.Single(r => r.Name == RoleNames.Anonymous).Permissions);
    }
}
