using RencontresAict.Conference.Display;
using RencontresAict.Conference.Registrations;

namespace RencontresAict.Web.Display;

/// <summary>
/// <c>/inscription</c> belongs to the current edition: it shows the registration form bound to the current edition,
/// wherever that form's own path is (a new edition's form lives under its year). With no such form, the page at the
/// path "inscription" as before.
/// </summary>
public sealed class CurrentRegistrationPage(
    EditionFactsReader editions, RegistrationForms forms, ContentRouteResolver routes, ContentPageModels models, PublicPageRenderer renderer)
{
    public const string Path = "/inscription";

    public async Task<IResult> ShowAsync(HttpContext http)
    {
        var item = (await forms.FindAsync(await editions.ReadAsync(null)))?.Item ?? await routes.ResolveAsync(Path);
        if (item is null)
        {
            return await renderer.NotFoundAsync(http);
        }

        var (extra, jsonLd) = await models.BuildAsync(item);
        return await renderer.ContentAsync(http, item, extra, jsonLd);
    }
}
