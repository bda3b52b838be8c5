using RencontresAict.Content.Liquid;

namespace RencontresAict.Web.Hosting;

/// <summary>
/// Builds the Liquid parser (Fluid's grammar: a slow singleton that every page needs) on the thread pool while the host
/// maps its endpoints on the main thread, instead of in the first visitor's request, on a machine whose second core is
/// otherwise idle while the admin's Razor Pages are mapped.
/// </summary>
internal static class StartupWarmUp
{
    public static Task BeginAsync(IServiceProvider services) => Task.Run(services.GetRequiredService<LiquidTemplateManager>);
}
