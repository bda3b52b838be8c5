using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using RencontresAict.Admin.Accounts;
using RencontresAict.Admin.ContentTypes;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Localization;
using RencontresAict.Admin.Media;
using RencontresAict.Admin.Media.Resizing;
using RencontresAict.Admin.Navigation;
using RencontresAict.Admin.Translations;
using RencontresAict.Admin.Publishing;
using RencontresAict.Content;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Localization;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;

namespace RencontresAict.Admin;

/// <summary>
/// The staff's admin at /admin: Razor Pages (forms with antiforgery tokens and model binding) and a few minimal
/// endpoints, all in one route group that requires a signed-in user with AccessAdminPanel; each page then checks the
/// permission of its action. Media files are served at /media.
/// </summary>
public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminAccountOptions>().BindConfiguration(AdminAccountOptions.Section);
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);

        // Accounts: cookie sessions checked against the Users document on every request under /admin.
        services.Configure<AuthenticatedPathsOptions>(paths => paths.Prefixes.Add("/admin"));
        services.AddAuthentication(AdminPolicies.Scheme).AddCookie(AdminPolicies.Scheme, o =>
        {
            o.LoginPath = "/admin/login";
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/denied";
            o.Cookie.Name = "raict.admin";
            o.Cookie.Path = "/admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.EventsType = typeof(AdminCookieEvents);
        });
        services.AddAuthorizationBuilder().AddPolicy(AdminPolicies.AccessAdminPanel, p => p
            .AddAuthenticationSchemes(AdminPolicies.Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(Permissions.AccessAdminPanel)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "raict.antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "RequestVerificationToken";
        });
        services.AddSingleton<AdminCookieEvents>();
        services.TryAddSingleton<IPasswordHasher<UserRecord>, PasswordHasher<UserRecord>>();
        services.AddSingleton<PasswordVerifier>();
        services.AddSingleton<SignInLockouts>();
        services.AddScoped<AdminSignInService>();
        services.AddScoped<PasswordResetService>();
        // The pickup folder unless a module (the workflows' outbox) registered a mailer first.
        services.TryAddSingleton<IAdminMailer, PickupDirectoryAdminMailer>();

        // Pages, texts and menu.
        services.AddAdminPages(typeof(AdminModule).Assembly);
        services.AddSingleton<AdminLocalizer>();
        services.AddPoTranslations(typeof(AdminModule).Assembly);
        // French text is written as is (é, not &#xE9;): Razor still encodes what HTML needs.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<AdminMenu>();
        services.AddScoped<IAdminMenuProvider, ContentTypesMenuProvider>();
        services.AddScoped<IAdminMenuProvider, RecipeAdminMenuProvider>();
        services.AddScoped<IAdminMenuProvider, TranslationsMenuProvider>();
        services.AddScoped<TranslationLinks>();
        services.AddAdminMenuEntries(
            new AdminMenuEntry("Médias", "Médiathèque", "/admin/media", Permissions.ManageOwnMedia) { SectionPosition = 10 },
            new AdminMenuEntry("Configuration", "Types de contenu", "/admin/content-types", Permissions.ManageContentTypes) { SectionPosition = 90 },
            new AdminMenuEntry("Configuration", "Modèles", "/admin/templates", Permissions.ManageContentTypes, 3) { SectionPosition = 90 },
            new AdminMenuEntry("Configuration", "Menus", "/admin/menus", Permissions.EditContent, 4) { SectionPosition = 90 },
            new AdminMenuEntry("Configuration", "Couches et widgets", "/admin/layers", Permissions.ManageLayers, 5) { SectionPosition = 90 },
            new AdminMenuEntry("Configuration", "Utilisateurs", "/admin/users", Permissions.ManageUsers, 1) { SectionPosition = 90 },
            new AdminMenuEntry("Configuration", "Rôles", "/admin/roles", Permissions.ManageRoles, 2) { SectionPosition = 90 },
            new AdminMenuEntry("Configuration", "Identité du site", "/admin/settings/identity", Permissions.ManageSettings, 5) { SectionPosition = 90 });

        // Editing content, media, content types, scheduled publishing.
        services.AddContentEditors();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaOwnerStore>();
        services.AddSingleton<MediaImageResizer>();
        services.AddSingleton<ResizedMediaCache>();
        services.AddScoped<MediaProfileReader>();
        services.AddLiquidFilter<ResizeUrlFilter>("resize_url");
        services.AddSingleton<IDataMigration, MediaOwnerMigration>();
        services.AddHttpContextAccessor();
        services.AddScoped<ContentTypeEditor>();
        services.AddScoped<Menus.MenuLinksEditor>();
        services.AddScoped<Layers.LayerWidgets>();
        services.AddScoped<Containers.FlowWidgetEditing>();
        services.AddScoped<Containers.ContainerSections>();
        services.AddScoped<Containers.NewItemPlacement>();
        services.AddSingleton<IDataMigration, PublishScheduleMigration>();
        services.AddScoped<PublishScheduleStore>();
        services.AddScoped<Dashboard.IDashboardPanel, Dashboard.ScheduledPublicationsPanel>();
        services.AddScoped<Dashboard.IDashboardPanel, Dashboard.RecentChangesPanel>();
        services.AddScoped<ScheduledPublisher>();
        services.AddScoped<PublicPagesEviction>();
        services.AddHostedService<ScheduledPublishingService>();
        return services;
    }

    /// <summary>
    /// Adds a module's Razor Pages to the admin: they are served under /admin (sign-in required) with the admin's
    /// layout. A module's pages live in a folder named after it (Pages/Registrations/…), so paths never clash.
    /// </summary>
    public static IServiceCollection AddAdminPages(this IServiceCollection services, Assembly assembly)
    {
        services.AddRazorPages().ConfigureApplicationPartManager(manager =>
        {
            if (!manager.ApplicationParts.Any(p => p is AssemblyPart a && a.Assembly == assembly))
            {
                manager.ApplicationParts.Add(new AssemblyPart(assembly));
            }
        });
        return services;
    }

    /// <summary>Adds fixed entries to the admin menu; a module calls it to add its own section.</summary>
    public static IServiceCollection AddAdminMenuEntries(this IServiceCollection services, params AdminMenuEntry[] entries) =>
        services.AddSingleton<IAdminMenuProvider>(new StaticAdminMenuProvider(entries));

    /// <summary>Maps the admin (culture per request, the /admin route group) and the media files at /media.</summary>
    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/admin"), admin => admin.UseRequestLocalization(AdminCultures.CreateOptions()));
        app.MapMediaFiles();
        var group = app.MapGroup("/admin").RequireAuthorization(AdminPolicies.AccessAdminPanel);
        group.MapRazorPages();
        AdminEndpoints.Map(group);
        return app;
    }
}
