using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Security;

/// <summary>Registers users, roles and permissions (no HTTP): the stores, the permission service, its authorization handler and the Roles step.</summary>
public static class SecurityModule
{
    public static IServiceCollection AddContentSecurity(this IServiceCollection services)
    {
        services.AddScoped<UserStore>();
        services.AddScoped<RoleStore>();
        services.AddScoped<PermissionService>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<IRecipeStepHandler, RolesStepHandler>();
        return services;
    }
}
