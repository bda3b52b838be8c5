using Microsoft.AspNetCore.Authorization;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Security;

/// <summary>Lets ASP.NET Core's authorization ask <see cref="PermissionService"/>: policies and <c>AuthorizeAsync(user, item, requirement)</c>.</summary>
public sealed class PermissionAuthorizationHandler(PermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.IsAllowedAsync(context.User, requirement.Permission, context.Resource as ContentItem))
        {
            context.Succeed(requirement);
        }
    }
}
