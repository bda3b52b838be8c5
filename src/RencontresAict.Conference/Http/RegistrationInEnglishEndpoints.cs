using RencontresAict.Content.ContentLocalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Conference.Registrations;
using RencontresAict.Forms.Http;

namespace RencontresAict.Conference.Http;

/// <summary>
/// <c>/en/registration</c>: the current edition's registration form in English — the English item of the French
/// form's localization set —, answered in English. Without an English form, the French one, as any untranslated page.
/// </summary>
public static class RegistrationInEnglishEndpoints
{
    public const string Path = "/en/registration";
    public const string Culture = "en";

    public static IEndpointRouteBuilder MapRegistrationInEnglish(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], ShowAsync);
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, EditionFactsReader editions, RegistrationForms forms, LocalizedContentQuery localized, IFormPageRenderer pages)
    {
        if (await forms.FindAsync(await editions.ReadAsync(null)) is not { } french)
        {
            return Results.NotFound();
        }

        var form = await localized.FindCounterpartAsync(french.Item, Culture) ?? french.Item;
        return await pages.RenderContentAsync(http, form, StatusCodes.Status200OK);
    }
}
