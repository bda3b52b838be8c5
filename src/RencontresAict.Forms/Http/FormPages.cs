using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RencontresAict.Forms.Validation;

namespace RencontresAict.Forms.Http;

/// <summary>
/// The message pages of the forms endpoints, through the theme's <c>FormMessage</c> view: written in French, shown in
/// the request's language (the modules' PO files, through <see cref="IStringLocalizer"/>).
/// </summary>
public static class FormPages
{
    public const string MessageView = "FormMessage";

    public static Task<IResult> MessageAsync(IFormPageRenderer pages, HttpContext http, int status, string title, string text, string? linkHref = null, string? linkText = null)
    {
        var texts = http.RequestServices.GetRequiredService<IStringLocalizer<FormModelState>>();
        var shownTitle = texts[title].Value;
        return pages.RenderViewAsync(http, MessageView, new Dictionary<string, object?>
        {
            ["Title"] = shownTitle, ["Text"] = texts[text].Value, ["LinkHref"] = linkHref ?? "/", ["LinkText"] = texts[linkText ?? "Retour à l'accueil"].Value,
        }, shownTitle, status);
    }

    public static Task<IResult> TooLargeAsync(IFormPageRenderer pages, HttpContext http) => MessageAsync(pages, http, StatusCodes.Status413PayloadTooLarge,
        "Formulaire trop volumineux", "Les informations envoyées dépassent la taille autorisée. Raccourcissez vos réponses et réessayez.");

    public static Task<IResult> ExpiredFormAsync(IFormPageRenderer pages, HttpContext http, string? back) => MessageAsync(pages, http, StatusCodes.Status400BadRequest,
        "Formulaire expiré", "Le formulaire a expiré ou n'est pas valide : rien n'a été enregistré. Rechargez la page et réessayez.", back, "Revenir au formulaire");

    public static Task<IResult> AlreadyReceivedAsync(IFormPageRenderer pages, HttpContext http) => MessageAsync(pages, http, StatusCodes.Status200OK,
        "Demande déjà reçue", "Nous avons déjà reçu ce formulaire : il n'a été enregistré qu'une fois.");

    public static Task<IResult> ThanksAsync(IFormPageRenderer pages, HttpContext http) => MessageAsync(pages, http, StatusCodes.Status200OK,
        "Merci", "Votre demande a bien été envoyée.");
}
