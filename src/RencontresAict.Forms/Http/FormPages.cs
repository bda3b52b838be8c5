using Microsoft.AspNetCore.Http;

namespace RencontresAict.Forms.Http;

/// <summary>The French message pages of the forms endpoints, through the theme's <c>FormMessage</c> view.</summary>
public static class FormPages
{
    public const string MessageView = "FormMessage";

    public static Task<IResult> MessageAsync(IFormPageRenderer pages, HttpContext http, int status, string title, string text, string? linkHref = null, string? linkText = null) =>
        pages.RenderViewAsync(http, MessageView, new Dictionary<string, object?>
        {
            ["Title"] = title, ["Text"] = text, ["LinkHref"] = linkHref ?? "/", ["LinkText"] = linkText ?? "Retour à l'accueil",
        }, title, status);

    public static Task<IResult> TooLargeAsync(IFormPageRenderer pages, HttpContext http) => MessageAsync(pages, http, StatusCodes.Status413PayloadTooLarge,
        "Formulaire trop volumineux", "Les informations envoyées dépassent la taille autorisée. Raccourcissez vos réponses et réessayez.");

    public static Task<IResult> ExpiredFormAsync(IFormPageRenderer pages, HttpContext http, string? back) => MessageAsync(pages, http, StatusCodes.Status400BadRequest,
        "Formulaire expiré", "Le formulaire a expiré ou n'est pas valide : rien n'a été enregistré. Rechargez la page et réessayez.", back, "Revenir au formulaire");

    public static Task<IResult> AlreadyReceivedAsync(IFormPageRenderer pages, HttpContext http) => MessageAsync(pages, http, StatusCodes.Status200OK,
        "Demande déjà reçue", "Nous avons déjà reçu ce formulaire : il n'a été enregistré qu'une fois.");

    public static Task<IResult> ThanksAsync(IFormPageRenderer pages, HttpContext http) => MessageAsync(pages, http, StatusCodes.Status200OK,
        "Merci", "Votre demande a bien été envoyée.");
}
