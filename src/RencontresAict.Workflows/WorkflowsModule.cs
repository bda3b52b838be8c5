using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RencontresAict.Admin;
using RencontresAict.Admin.Accounts;
using RencontresAict.Admin.Navigation;
using RencontresAict.Content;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Localization;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Content.Recipes.Scripting;
using RencontresAict.Content.Security;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Content;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Indexes;
using RencontresAict.Workflows.Recipes;
using RencontresAict.Workflows.Services;
using RencontresAict.Workflows.Timers;

namespace RencontresAict.Workflows;

/// <summary>
/// Registers Orchard Core's workflows (types, instances, activities, Liquid and JavaScript expressions, content events,
/// timers, signal links, the WorkflowType recipe step) and the e-mail outbox with its background dispatcher.
/// Depends on the content engine (AddContentEngine first).
/// </summary>
public static class WorkflowsModule
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section);
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddHttpContextAccessor();
        services.AddAntiforgery();

        // Signal links and HttpRequestEvent URLs must survive restarts: Data Protection keys live in {DataPath}/keys
        // (in Redis with several servers, so every node reads them: Web/Cluster/ClusterModule).
        services.AddDataProtection().SetApplicationName("RencontresAict");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<SiteOptions>, ILoggerFactory>((keys, site, logs) =>
            keys.XmlRepository ??= new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(site.Value.DataPath, "keys")), logs));

        // Types, instances, execution
        services.AddSingleton<IDataMigration, WorkflowIndexMigration>();
        services.AddSingleton<ActivityLibrary>();
        services.AddSingleton<WorkflowFaultRecorder>();
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<WorkflowStore>();
        services.AddScoped<WorkflowExecutor>();
        services.AddScoped<WorkflowManager>();
        services.AddScoped<WorkflowExpressionEvaluator>();
        services.AddScoped<WorkflowScriptEvaluator>();
        services.AddScoped<IContentHandler, WorkflowContentHandler>();
        services.AddScoped<IRecipeStepHandler, WorkflowTypeStep>();
        services.AddScoped<IRecipeScriptFunctions, WorkflowRecipeScriptFunctions>();
        services.AddScoped<IRecipeExportSource, WorkflowTypeExportSource>();
        services.AddSingleton<TimerBackgroundService>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerBackgroundService>());

        // URLs: tokens, signal links, HttpRequestEvent
        services.AddSingleton<WorkflowTokenService>();
        services.AddScoped<SignalUrlService>();
        services.AddScoped<SignalLinkPages>();
        services.AddScoped<HttpWorkflowInvoker>();
        services.AddLiquidFilter<SignalUrlFilter>("signal_url");

        // Activities (Orchard's technical names); other modules add theirs with AddWorkflowActivity.
        services.AddWorkflowActivity<HttpRequestEvent>().AddWorkflowActivity<SignalEvent>().AddWorkflowActivity<TimerEvent>()
            .AddWorkflowActivity<WorkflowFaultEvent>().AddWorkflowActivity<ContentCreatedEvent>().AddWorkflowActivity<ContentPublishedEvent>()
            .AddWorkflowActivity<ContentUpdatedEvent>().AddWorkflowActivity<ContentDraftSavedEvent>().AddWorkflowActivity<ContentUnpublishedEvent>()
            .AddWorkflowActivity<ContentDeletedEvent>().AddWorkflowActivity<ContentVersionedEvent>()
            .AddWorkflowActivity<CreateContentTask>().AddWorkflowActivity<UpdateContentTask>().AddWorkflowActivity<EmailTask>()
            .AddWorkflowActivity<HttpRedirectTask>().AddWorkflowActivity<IfElseTask>().AddWorkflowActivity<ScriptTask>()
            .AddWorkflowActivity<ForkTask>().AddWorkflowActivity<JoinTask>().AddWorkflowActivity<NotifyTask>()
            .AddWorkflowActivity<SetPropertyTask>().AddWorkflowActivity<CorrelateTask>();

        // E-mail outbox
        services.AddSingleton<IDataMigration, OutboxMigration>();
        services.AddSingleton<OutboxSignal>();
        services.TryAddSingleton<EmailTransportFactory>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<OutboxStore>();
        services.AddScoped<IAdminMailer, OutboxAdminMailer>(); // password reset links go through the outbox too
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

        // Admin pages: workflow types and instances (/admin/workflows), the outbox (/admin/outbox).
        services.AddAdminPages(typeof(WorkflowsModule).Assembly);
        services.AddPoTranslations(typeof(WorkflowsModule).Assembly);
        services.AddScoped<RencontresAict.Admin.Dashboard.IDashboardPanel, Admin.FailedEmailsPanel>();
        services.AddAdminMenuEntries(
            new AdminMenuEntry("Workflows", "Types de workflow", "/admin/workflows", Permissions.ManageWorkflows) { SectionPosition = 80 },
            new AdminMenuEntry("Workflows", "File d'envoi des e-mails", "/admin/outbox", Permissions.ManageEmailOutbox, 1) { SectionPosition = 80 });
        return services;
    }

    /// <summary>Adds an activity kind; its technical name is its class name, as in Orchard.</summary>
    public static IServiceCollection AddWorkflowActivity<TActivity>(this IServiceCollection services)
        where TActivity : class, IActivity
    {
        services.TryAddScoped<TActivity>();
        services.Configure<WorkflowActivityOptions>(o => o.ActivityTypes[typeof(TActivity).Name] = typeof(TActivity));
        return services;
    }

    public static IEndpointRouteBuilder MapWorkflows(this IEndpointRouteBuilder endpoints) => endpoints.MapWorkflowEndpoints();
}
