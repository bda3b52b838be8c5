using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Security;

/// <summary>
/// Registers users, roles and permissions: the stores, the permission service, its authorization handler and the
/// Roles step, the permissions every module declares (<see cref="PermissionCatalog"/>); and the limits on attempts at
/// a secret (the throttle the sign-in and reset pages use).
/// </summary>
public static class SecurityModule
{
    public static IServiceCollection AddContentSecurity(this IServiceCollection services)
    {
        services.AddScoped<UserStore>();
        services.AddScoped<RoleStore>();
        services.AddScoped<PermissionService>();
        services.AddSingleton<PermissionCatalog>();
        services.AddPermissionProvider<ContentPermissionProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<IRecipeStepHandler, RolesStepHandler>();
        services.AddSingleton<CredentialThrottle>();
        return services;
    }

    /// <summary>Declares a module's own permissions (listed on the role page, granted to the default roles it names).</summary>
    public static IServiceCollection AddPermissionProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider =>
        services.AddSingleton<IPermissionProvider, TProvider>();
}
