using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RencontresAict.Admin;
using RencontresAict.Admin.Editing;
using RencontresAict.Content;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Localization;
using RencontresAict.Content.Flows;
using RencontresAict.Content.Metadata;
using RencontresAict.Forms.Accounts;
using RencontresAict.Forms.Activities;
using RencontresAict.Forms.Display;
using RencontresAict.Forms.Editing;
using RencontresAict.Forms.Http;
using RencontresAict.Forms.Models;
using RencontresAict.Forms.ReCaptcha;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Forms;

/// <summary>
/// Registers Orchard Core's Forms (the Form type's parts, element widgets rendered by the theme, rules on the
/// elements, the form activities) and the endpoint every form posts to. A module that processes some forms' posts
/// plugs in with <see cref="IFormSubmissionHandler"/> (the conference's registration). Depends on the content engine
/// and the workflows (AddWorkflows first). The host provides <see cref="IFormPageRenderer"/> so that pages shown by
/// these endpoints wear the site's layout.
/// </summary>
public static class FormsModule
{
    /// <summary>Orchard's Forms parts.</summary>
    public static readonly IReadOnlyList<string> PartTypes =
    [
        "FormPart", "FormElementPart", "FormInputElementPart", "FormElementLabelPart", "FormElementValidationPart", "InputPart",
        "TextAreaPart", "SelectPart", "ButtonPart", "LabelPart", "ValidationPart", "ValidationSummaryPart", "ReCaptchaPart",
    ];

    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddOptions<FormsOptions>().BindConfiguration(FormsOptions.Section);
        services.AddOptions<ReCaptchaOptions>().BindConfiguration(ReCaptchaOptions.Section);
        services.AddSingleton<ReCaptchaVerifier>();
        services.AddSingleton<ReCaptchaWidget>();
        services.AddHttpClient(ReCaptchaVerifier.ClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<ReCaptchaOptions>>().Value.Timeout);
        services.Configure<ContentOptions>(o => o.PartTypes.UnionWith(PartTypes));

        // Display and validation
        services.AddScoped<FormModelState>();
        services.AddScoped<FormDisplayManager>();
        services.AddScoped<FormWidgetDisplay>();
        services.AddScoped<IWidgetDisplayProvider>(sp => sp.GetRequiredService<FormWidgetDisplay>());
        services.AddScoped<IContentDisplayWrapper>(sp => sp.GetRequiredService<FormWidgetDisplay>());
        services.AddLiquidFilter<RenderFormFilter>("render_form");

        // Posts: the one-time token of each, the handlers other modules plug in
        services.AddSingleton<IDataMigration, FormSubmissionIndexMigration>();
        services.AddScoped<FormDefinitionReader>();
        services.AddScoped<FormSubmissionStore>();
        services.AddScoped<FormSubmissionHandlers>();
        services.AddScoped<EmailConfirmationLinks>();
        services.AddScoped<IWorkflowPageRenderer>(sp => sp.GetRequiredService<IFormPageRenderer>());

        // Activities (Orchard's Forms names)
        services.AddWorkflowActivity<ValidateAntiforgeryTokenTask>().AddWorkflowActivity<BindModelStateTask>()
            .AddWorkflowActivity<ValidateFormTask>().AddWorkflowActivity<ValidateFormFieldTask>()
            .AddWorkflowActivity<AddModelValidationErrorTask>().AddWorkflowActivity<HttpRedirectToFormLocationTask>()
            .AddWorkflowActivity<ValidateReCaptchaTask>().AddWorkflowActivity<RegisterUserTask>();

        // Admin: the element editor of a form (Pages/FormElements), linked from the Form's content editor.
        services.AddAdminPages(typeof(FormsModule).Assembly);
        services.AddPoTranslations(typeof(FormsModule).Assembly);
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

    /// <summary>The form endpoint; the host calls UseRateLimiter before UseOutputCache (SiteModules).</summary>
    public static WebApplication MapForms(this WebApplication app)
    {
        app.MapFormEndpoints();
        app.MapEmailConfirmation();
        return app;
    }
}
