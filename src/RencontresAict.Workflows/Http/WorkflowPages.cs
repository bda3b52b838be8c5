using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace RencontresAict.Workflows.Http;

/// <summary>The short French pages the workflow endpoints answer visitors with when no activity chose an answer.</summary>
public static class WorkflowPages
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Message(int statusCode, string title, string text) => Results.Content(
        $"""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(title)} – Rencontres de l'AICT</title></head>
        <body><main><h1>{Html.Encode(title)}</h1><p>{Html.Encode(text)}</p><p><a href="/">Retour à l'accueil</a></p></main></body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: statusCode);

    public static IResult InvalidLink() =>
        Message(StatusCodes.Status404NotFound, "Lien non valide", "Ce lien n'est pas valide : vérifiez qu'il a été copié en entier.");

    public static IResult ExpiredLink() =>
        Message(StatusCodes.Status410Gone, "Lien expiré", "Ce lien a expiré. Contactez l'équipe d'organisation si besoin.");

    public static IResult UsedLink() =>
        Message(StatusCodes.Status404NotFound, "Lien déjà utilisé", "Ce lien a déjà été utilisé ou ne correspond plus à aucune démarche en cours.");

    public static IResult Suspended() =>
        Message(StatusCodes.Status503ServiceUnavailable, "Démarche suspendue",
            "Cette démarche est momentanément suspendue par l'équipe d'organisation : rien n'a été enregistré. Réessayez plus tard avec le même lien.");

    public static IResult Accepted() =>
        Message(StatusCodes.Status202Accepted, "C'est noté", "Votre demande a bien été prise en compte.");

    public static IResult InvalidForm() =>
        Message(StatusCodes.Status400BadRequest, "Formulaire expiré", "Le formulaire a expiré ou n'est pas valide. Rechargez la page et réessayez.");
}
