using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Content.ContentLocalization;

/// <summary>Registers Orchard's content localization: LocalizationPart, its index, its rules, the query and the translator.</summary>
public static class ContentLocalizationServices
{
    public static IServiceCollection AddContentLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, ContentLocalizationMigration>();
        services.AddSingleton<IContentIndexProvider, LocalizedContentItemIndexProvider>();
        services.AddScoped<IContentHandler, LocalizationPartHandler>();
        services.AddScoped<LocalizedContentQuery>();
        services.AddScoped<ContentTranslator>();
        return services;
    }
}
