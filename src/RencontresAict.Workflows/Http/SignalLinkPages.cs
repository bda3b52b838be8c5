using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// The pages of a signal link, in the site's layout when the host provides <see cref="IWorkflowPageRenderer"/> (the
/// theme's <c>SignalLink</c> view: the sentence and one button; its <c>FormMessage</c> view for the rest), else plain.
/// The words come from the <see cref="ISignalLinkDescriber"/> that knows the link, else generic French ones.
/// </summary>
public sealed class SignalLinkPages(IEnumerable<IWorkflowPageRenderer> renderers, IEnumerable<ISignalLinkDescriber> describers)
{
    public const string AskView = "SignalLink";
    public const string MessageView = "FormMessage";

    private static readonly SignalLinkDescription Generic = new(
        "Confirmer votre demande",
        "Pour que votre demande soit prise en compte, confirmez-la avec le bouton ci-dessous.",
        "Je confirme",
        "Lien déjà utilisé",
        "Ce lien a déjà été utilisé ou ne correspond plus à aucune démarche en cours.",
        StatusCodes.Status404NotFound);

    private readonly IWorkflowPageRenderer? _renderer = renderers.LastOrDefault();

    public async Task<SignalLinkDescription> DescribeAsync(SignalPayload link)
    {
        foreach (var describer in describers)
        {
            if (await describer.DescribeAsync(link) is { } description)
            {
                return description;
            }
        }

        return Generic;
    }

    /// <summary>The page a followed link opens: what it will do, and one button that posts the token back.</summary>
    public async Task<IResult> AskAsync(HttpContext http, string token, SignalLinkDescription link)
    {
        UseCulture(link);
        http.Response.Headers.CacheControl = "no-store";
        return _renderer is null
            ? WorkflowPages.Ask(link.Title, link.Text, link.Button, SignalUrlService.Path, token)
            : await _renderer.RenderViewAsync(http, AskView, new Dictionary<string, object?>
            {
                ["Title"] = link.Title, ["Text"] = link.Text, ["Button"] = link.Button, ["Action"] = SignalUrlService.Path, ["Token"] = token,
            }, link.Title, StatusCodes.Status200OK);
    }

    public async Task<IResult> UsedAsync(HttpContext http, SignalLinkDescription link)
    {
        UseCulture(link);
        return await MessageAsync(http, link.UsedStatusCode, link.UsedTitle, link.UsedText);
    }

    /// <summary>The page is rendered in the language of the link's person, when its describer knows it.</summary>
    private static void UseCulture(SignalLinkDescription link)
    {
        if (link.Culture is { Length: > 0 } culture)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        }
    }

    public Task<IResult> InvalidAsync(HttpContext http) =>
        MessageAsync(http, StatusCodes.Status404NotFound, "Lien non valide", "Ce lien n'est pas valide : vérifiez qu'il a été copié en entier. Rien n'a été modifié.");

    public Task<IResult> ExpiredAsync(HttpContext http) =>
        MessageAsync(http, StatusCodes.Status410Gone, "Lien expiré", "Ce lien a expiré : rien n'a été modifié. Contactez l'équipe d'organisation si besoin.");

    public Task<IResult> SuspendedAsync(HttpContext http) => MessageAsync(http, StatusCodes.Status503ServiceUnavailable, "Démarche suspendue",
        "Cette démarche est momentanément suspendue par l'équipe d'organisation : rien n'a été enregistré. Réessayez plus tard avec le même lien.");

    public Task<IResult> AcceptedAsync(HttpContext http) =>
        MessageAsync(http, StatusCodes.Status202Accepted, "C'est noté", "Votre demande a bien été prise en compte.");

    private async Task<IResult> MessageAsync(HttpContext http, int status, string title, string text) => _renderer is null
        ? WorkflowPages.Message(status, title, text)
        : await _renderer.RenderViewAsync(http, MessageView, new Dictionary<string, object?>
        {
            ["Title"] = title, ["Text"] = text, ["LinkHref"] = "/", ["LinkText"] = "Retour à l'accueil",
        }, title, status);
}
