using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Display;
using RencontresAict.Conference.Registrations;

namespace RencontresAict.Web.Display.Editions;

/// <summary>
/// <c>/inscription</c> is the current edition's registration form, wherever that form's own path is (a copy made by
/// « Préparer l'édition suivante » lives at <c>/2023/inscription</c>). With no form for the current edition, the
/// content at the path <c>inscription</c> answers, as before.
/// </summary>
public static class CurrentRegistrationEndpoint
{
    public const string Path = "/inscription";

    public static IEndpointRouteBuilder MapCurrentRegistration(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, ["GET", "HEAD"], ShowAsync).CacheOutput(PublicSiteModule.CachePolicy);
        return app;
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http, EditionFactsReader editions, RegistrationForms forms, ContentManager content, ContentRouteResolver routes,
        PublicPageRenderer renderer, ContentPageModels models)
    {
        var form = await forms.FindAsync(await editions.ReadAsync(null));
        var item = form is null ? await routes.ResolveAsync(Path) : await content.GetAsync(form.Item.ContentItemId);
        if (item is null)
        {
            return await renderer.NotFoundAsync(http);
        }

        var (extra, jsonLd) = await models.BuildAsync(item);
        return await renderer.ContentAsync(http, item, extra, jsonLd);
    }
}
