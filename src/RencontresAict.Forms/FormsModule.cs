using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RencontresAict.Admin;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Navigation;
using RencontresAict.Content;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;
using RencontresAict.Forms.Activities;
using RencontresAict.Forms.Display;
using RencontresAict.Forms.Editions;
using RencontresAict.Forms.Editing;
using RencontresAict.Forms.Http;
using RencontresAict.Forms.Models;
using RencontresAict.Forms.Registrations;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Forms;

/// <summary>
/// Registers Orchard Core's Forms (the Form type's parts, element widgets rendered by the theme, rules on the
/// elements, the form activities), the endpoint every form posts to, and the conference's registration (index,
/// activities, cancellation links). Depends on the content engine and the workflows (AddWorkflows first). The host
/// provides <see cref="IFormPageRenderer"/> so that pages shown by these endpoints wear the site's layout.
/// </summary>
public static class FormsModule
{
    /// <summary>Orchard's Forms parts, plus RegistrationFormPart (which edition a form registers for).</summary>
    public static readonly IReadOnlyList<string> PartTypes =
    [
        "FormPart", "FormElementPart", "FormInputElementPart", "FormElementLabelPart", "FormElementValidationPart", "InputPart",
        "TextAreaPart", "SelectPart", "ButtonPart", "LabelPart", "ValidationPart", "ValidationSummaryPart", "RegistrationFormPart",
    ];

    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddOptions<FormsOptions>().BindConfiguration(FormsOptions.Section);
        services.Configure<ContentOptions>(o => o.PartTypes.UnionWith(PartTypes));

        // Display and validation
        services.AddScoped<FormModelState>();
        services.AddScoped<FormDisplayManager>();
        services.AddLiquidFilter<RenderFormFilter>("render_form");
        services.AddLiquidFilter<CancellationUrlFilter>("cancellation_url");

        // Registration: index, services, links
        services.AddSingleton<IDataMigration, RegistrationIndexMigration>();
        services.AddSingleton<IContentIndexProvider, RegistrationIndexProvider>();
        services.AddScoped<RegistrationStore>();
        services.AddScoped<RegistrationFactory>();
        services.AddScoped<EditionFactsReader>();
        services.AddScoped<RegistrationWindow>();
        services.AddScoped<FormDefinitionReader>();
        services.AddScoped<CancellationLinkService>();
        services.AddScoped<ISignalLinkDescriber, RegistrationSignalLinkDescriber>();
        services.AddScoped<IWorkflowPageRenderer>(sp => sp.GetRequiredService<IFormPageRenderer>());
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
        services.AddEditions();

        // The staff's admin: registrations of an edition (ManageRegistrations), in English too.
        services.AddAdminPages(typeof(FormsModule).Assembly);
        services.AddAdminTranslations(RegistrationsAdminTexts.Texts);
        services.AddAdminMenuEntries(
            new AdminMenuEntry("Inscriptions", "Inscriptions", "/admin/registrations", Permissions.ManageRegistrations) { SectionPosition = 20 });

        // Activities (Orchard's Forms names, then the registration's)
        services.AddWorkflowActivity<ValidateAntiforgeryTokenTask>().AddWorkflowActivity<BindModelStateTask>()
            .AddWorkflowActivity<ValidateFormTask>().AddWorkflowActivity<ValidateFormFieldTask>()
            .AddWorkflowActivity<AddModelValidationErrorTask>().AddWorkflowActivity<HttpRedirectToFormLocationTask>()
            .AddWorkflowActivity<RegisterForEditionTask>().AddWorkflowActivity<SetRegistrationStatusTask>()
            .AddWorkflowActivity<PromoteWaitingListTask>().AddWorkflowActivity<RegistrationEmailTask>();

        // Admin: the element editor of a form (Pages/FormElements), linked from the Form's content editor.
        services.AddAdminPages(typeof(FormsModule).Assembly);
        services.AddAdminTranslations(FormElementsAdminTexts.Texts);
        services.AddScoped<FormElementEditingService>();
        services.AddSingleton(new ContentEditorLink(FormElementEditingService.ContentType, "Modifier les éléments du formulaire", "/admin/forms/{0}/elements"));

        // Posts: at most Forms:ConcurrentPosts at once, the others queued in memory; a fixed window per IP address
        // (FormsOptions), answered 429 in French beyond it.
        services.AddSingleton<FormPostGate>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => new ValueTask(context.HttpContext.Response.WriteAsync(
                "Trop d'envois depuis votre connexion : patientez une minute avant de réessayer.", cancellationToken));
            limiter.AddPolicy(FormsOptions.RateLimitPolicy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<FormsOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PostsPerIp, Window = options.RateLimitWindow, QueueLimit = 0 });
            });
        });
        return services;
    }

    /// <summary>Turns the rate limiter on and maps the form and cancellation endpoints. Call before MapPublicSite (its output cache).</summary>
    /// <summary>The form endpoints; the host calls UseRateLimiter before UseOutputCache (SiteModules).</summary>
    public static WebApplication MapForms(this WebApplication app)
    {
        app.MapFormEndpoints();
        app.MapCancellationEndpoints();
        return app;
    }
}
