using Microsoft.Extensions.Options;
using RencontresAict.Content.Security;

namespace RencontresAict.Web.Hosting;

/// <summary>Authentication where a module declared it (<see cref="AuthenticatedPathsOptions"/>), then authorization.</summary>
public static class SiteAuthentication
{
    /// <summary>
    /// ASP.NET Core's own key: WebApplication adds <c>UseAuthentication()</c> ahead of everything, for every request,
    /// unless the pipeline has set it. Authentication inside a branch does not set it on the main pipeline, so it is set
    /// here (the documented workaround, dotnet/aspnetcore#48098).
    /// </summary>
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    public static WebApplication UseSiteAuthentication(this WebApplication app)
    {
        var paths = app.Services.GetRequiredService<IOptions<AuthenticatedPathsOptions>>().Value;
        ((IApplicationBuilder)app).Properties[AuthenticationMiddlewareSetKey] = true;
        app.UseWhen(context => paths.Covers(context.Request.Path), branch => branch.UseAuthentication());
        app.UseAuthorization();
        return app;
    }
}
