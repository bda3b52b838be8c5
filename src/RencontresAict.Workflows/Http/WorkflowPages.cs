using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// Plain French pages for the workflow endpoints, when the host provides no <see cref="IWorkflowPageRenderer"/> (a
/// bare engine) or when no theme page fits (an HttpRequestEvent's refused antiforgery token).
/// </summary>
public static class WorkflowPages
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Message(int statusCode, string title, string text) =>
        Page(statusCode, title, $"<p>{Html.Encode(text)}</p><p><a href=\"/\">Retour à l'accueil</a></p>");

    /// <summary>A sentence and one button that posts <paramref name="token"/> to <paramref name="action"/>.</summary>
    public static IResult Ask(string title, string text, string button, string action, string token) => Page(StatusCodes.Status200OK, title,
        $"""<p>{Html.Encode(text)}</p><form method="post" action="{Html.Encode(action)}"><input type="hidden" name="token" value="{Html.Encode(token)}"><button type="submit">{Html.Encode(button)}</button></form>""");

    public static IResult InvalidForm() =>
        Message(StatusCodes.Status400BadRequest, "Formulaire expiré", "Le formulaire a expiré ou n'est pas valide. Rechargez la page et réessayez.");

    private static IResult Page(int statusCode, string title, string body) => Results.Content(
        $"""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(title)} – Rencontres de l'AICT</title></head>
        <body><main><h1>{Html.Encode(title)}</h1>{body}</main></body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: statusCode);
}
