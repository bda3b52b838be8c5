using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Security;

/// <summary>
/// Registers users, roles and permissions: the stores, the permission service, its authorization handler and the
/// Roles step; and the limits on attempts at a secret (the throttle the sign-in pages use, the token endpoint's policy).
/// </summary>
public static class SecurityModule
{
    public static IServiceCollection AddContentSecurity(this IServiceCollection services)
    {
        services.AddScoped<UserStore>();
        services.AddScoped<RoleStore>();
        services.AddScoped<PermissionService>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<IRecipeStepHandler, RolesStepHandler>();
        services.AddOptions<CredentialThrottleOptions>().BindConfiguration(CredentialThrottleOptions.Section);
        services.AddSingleton<CredentialThrottle>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, TokenRequestRateLimitPolicy>(CredentialThrottleOptions.TokenPolicy));
        return services;
    }
}
