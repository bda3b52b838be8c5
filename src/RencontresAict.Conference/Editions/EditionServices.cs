using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Navigation;
using RencontresAict.Content.Security;

namespace RencontresAict.Conference.Editions;

/// <summary>
/// Editions that carry over: « Préparer l'édition suivante » (<see cref="NextEditionPreparer"/>), « Publier l'édition »
/// (<see cref="EditionPublisher"/>) and « Édition courante » (<see cref="CurrentEditionSetting"/>), with their admin
/// pages (Pages/Editions) and the links from an edition's editor. The CLI verbs use the same services.
/// </summary>
public static class EditionServices
{
    public static IServiceCollection AddEditions(this IServiceCollection services)
    {
        services.AddScoped<EditionDirectory>();
        services.AddScoped<EditionItemCopier>();
        services.AddScoped<NextEditionPreparer>();
        services.AddScoped<EditionPublisher>();
        services.AddScoped<CurrentEditionSetting>();

        services.AddAdminMenuEntries(
            new AdminMenuEntry("Configuration", "Édition courante", "/admin/editions/current", Permissions.PublishContent, 3) { SectionPosition = 90 });
        services.AddSingleton(new ContentEditorLink(EditionDirectory.ContentType, "Préparer l'édition suivante", "/admin/editions/{0}/next"));
        services.AddSingleton(new ContentEditorLink(EditionDirectory.ContentType, "Publier l'édition", "/admin/editions/{0}/publish"));
        return services;
    }
}
