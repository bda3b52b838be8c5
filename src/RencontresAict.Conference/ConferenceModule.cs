using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Navigation;
using RencontresAict.Conference.Activities;
using RencontresAict.Conference.Display;
using RencontresAict.Conference.Editions;
using RencontresAict.Conference.Http;
using RencontresAict.Conference.Programme;
using RencontresAict.Conference.Registrations;
using RencontresAict.Content;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Localization;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;
using RencontresAict.Forms.Models;
using RencontresAict.Workflows;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Conference;

/// <summary>
/// The conference domain: editions, programme (sessions, formats, days, rooms), speakers, partners and venue as the
/// public pages read them; the programme exports (iCalendar, frab schedule); the registration (its rules on the generic
/// forms, index, activities, e-mails, cancellation links, the staff's admin pages) and its permission. Depends on the
/// content engine, the admin, the workflows, the forms (AddForms first) and the API (its exports' cache policy).
/// </summary>
public static class ConferenceModule
{
    public static IServiceCollection AddConference(this IServiceCollection services)
    {
        services.AddPermissionProvider<ConferencePermissions>();
        services.Configure<ContentOptions>(o => o.PartTypes.Add(RegistrationFormPart.Name));
        services.Configure<ExportPortabilityOptions>(o =>
        {
            o.SiteOnlyParts.Add(RegistrationFormPart.Name);
            o.SiteOnlyActivities.UnionWith([nameof(RegisterForEditionTask), nameof(RegistrationEmailTask), nameof(SetRegistrationStatusTask), nameof(PromoteWaitingListTask)]);
        });
        services.AddScoped<IContentTimeZoneSource, EditionTimeZoneSource>();

        // What the public pages show: the edition, its programme, speakers, partners, venue and formats.
        services.AddScoped<EditionReader>();
        services.AddScoped<SessionReader>();
        services.AddScoped<Display.ProgrammeReader>();
        services.AddScoped<SpeakerReader>();
        services.AddScoped<PartnerReader>();
        services.AddScoped<FormatCatalog>();
        services.AddScoped<ContentPageModels>();
        services.AddScoped<DisplayedEdition>();
        services.AddScoped<Display.Editions.EditionCatalog>();
        services.AddScoped<Display.Editions.SpeakerEditions>();

        // Programme exports
        services.AddSingleton<IDataMigration, CalendarSequenceMigration>();
        services.AddScoped<CalendarSequenceStore>();
        services.AddScoped<IContentHandler, CalendarSequenceHandler>();
        services.AddScoped<Programme.ProgrammeReader>();
        services.AddSingleton<ProgrammeCalendarBuilder>();
        services.AddLiquidFilter<CalendarUrlFilter>("calendar_url");

        // Registration: its rules on the generic forms, index, services, links
        services.AddScoped<IFormSubmissionHandler, RegistrationSubmissionHandler>();
        services.AddLiquidFilter<CancellationUrlFilter>("cancellation_url");
        services.AddSingleton<IDataMigration, RegistrationIndexMigration>();
        services.AddSingleton<IContentIndexProvider, RegistrationIndexProvider>();
        services.AddScoped<RegistrationStore>();
        services.AddScoped<RegistrationFactory>();
        services.AddScoped<EditionFactsReader>();
        services.AddScoped<RegistrationWindow>();
        services.AddScoped<CancellationLinkService>();
        services.AddScoped<ISignalLinkDescriber, RegistrationSignalLinkDescriber>();
        services.AddScoped<WaitingListPromoter>();
        services.AddScoped<RegistrationEmailBuilder>();
        services.AddScoped<RegistrationMailer>();
        services.AddScoped<RegistrationEmailResender>();
        services.AddScoped<RegistrationCancellationService>();
        services.AddScoped<RegistrationForms>();
        services.AddScoped<RegistrationListQuery>();
        services.AddScoped<RegistrationJournalQuery>();
        services.AddScoped<RegistrationExporter>();
        services.AddSingleton<ISiteStartupTask, RegistrationIndexStartupTask>();
        services.AddWorkflowActivity<RegisterForEditionTask>().AddWorkflowActivity<SetRegistrationStatusTask>()
            .AddWorkflowActivity<PromoteWaitingListTask>().AddWorkflowActivity<RegistrationEmailTask>();

        // The staff's admin: registrations of an edition (ManageRegistrations), in English too.
        services.AddAdminPages(typeof(ConferenceModule).Assembly);
        services.AddPoTranslations(typeof(ConferenceModule).Assembly);
        services.AddScoped<RencontresAict.Admin.Dashboard.IDashboardPanel, RegistrationsPanel>();
        services.AddScoped<IContentListColumns, AdminLists.SessionListColumns>();
        services.AddScoped<IContentListColumns, AdminLists.SpeakerListColumns>();
        services.AddScoped<IContentListColumns, AdminLists.PartnerListColumns>();
        services.AddAdminMenuEntries(
            new AdminMenuEntry("Inscriptions", "Inscriptions", "/admin/registrations", ConferencePermissions.ManageRegistrations) { SectionPosition = 20 });

        // Editions that carry over: the next one prepared from this one, published, made current.
        services.AddEditions();
        return services;
    }

    /// <summary>The programme exports and the registration's cancellation pages; the host runs CORS, the rate limiter and the output cache.</summary>
    public static WebApplication MapConference(this WebApplication app)
    {
        app.MapProgrammeExports();
        app.MapCancellationEndpoints();
        app.MapRegistrationInEnglish();
        return app;
    }
}
