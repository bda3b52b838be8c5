using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace RencontresAict.Content.Localization;

/// <summary>Registers PO-file localization (Orchard's choice) behind ASP.NET Core's <see cref="IStringLocalizer"/>.</summary>
public static class LocalizationServiceCollectionExtensions
{
    /// <summary>Adds the translations embedded in <paramref name="assembly"/> (its <c>Localization/*.po</c> files).</summary>
    public static IServiceCollection AddPoTranslations(this IServiceCollection services, Assembly assembly)
    {
        services.TryAddSingleton<PoTranslationCatalog>();
        services.TryAddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.AddSingleton(new PoTranslationSource(assembly));
        return services;
    }
}
