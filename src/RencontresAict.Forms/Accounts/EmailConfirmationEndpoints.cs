using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Forms.Http;
using RencontresAict.Forms.Validation;

namespace RencontresAict.Forms.Accounts;

/// <summary>
/// <c>/compte/confirmer?jeton=…</c>, the link of the e-mail RegisterUserTask sends: GET shows the site's page with one
/// button and changes nothing (a mail gateway that follows links confirms nobody); the button POSTs the token and
/// confirms the address. A link used again says the address is already confirmed; a forged or expired one says so.
/// </summary>
public static class EmailConfirmationEndpoints
{
    public const string SignInPath = "/admin/login";

    public static IEndpointRouteBuilder MapEmailConfirmation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(EmailConfirmationLinks.Path, AskAsync);
        endpoints.MapPost(EmailConfirmationLinks.Path, ConfirmAsync).DisableAntiforgery().RequireRateLimiting(FormsOptions.RateLimitPolicy);
        return endpoints;
    }

    private static async Task<IResult> AskAsync(HttpContext http, EmailConfirmationLinks links, IFormPageRenderer pages, IStringLocalizer<FormModelState> texts)
    {
        var token = http.Request.Query["jeton"].ToString();
        var (user, expired) = await links.ReadAsync(token);
        if (user is null || expired || user.EmailConfirmed)
        {
            return await RefusedAsync(http, pages, user is null, expired);
        }

        http.Response.Headers.CacheControl = "no-store";
        var title = texts["Confirmer votre adresse e-mail"].Value;
        return await pages.RenderViewAsync(http, "SignalLink", new Dictionary<string, object?>
        {
            ["Title"] = title,
            ["Text"] = texts["Pour activer votre compte {0}, confirmez votre adresse e-mail avec le bouton ci-dessous.", user.Email].Value,
            ["Button"] = texts["Je confirme mon adresse e-mail"].Value,
            ["Action"] = EmailConfirmationLinks.Path,
            ["Token"] = token,
        }, title, StatusCodes.Status200OK);
    }

    private static async Task<IResult> ConfirmAsync(
        HttpContext http, EmailConfirmationLinks links, UserStore users, DocumentSession session, IFormPageRenderer pages)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
        var (user, expired) = await links.ReadAsync(form?["token"].ToString());
        if (user is null || expired || user.EmailConfirmed)
        {
            return await RefusedAsync(http, pages, user is null, expired);
        }

        user.EmailConfirmed = true;
        await users.SaveAsync(user);
        await session.SaveChangesAsync();
        return await FormPages.MessageAsync(pages, http, StatusCodes.Status200OK, "Adresse e-mail confirmée", user.IsApproved
            ? "Merci : votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter."
            : "Merci : votre adresse e-mail est confirmée. Un administrateur doit encore approuver votre compte ; vous pourrez vous connecter ensuite.",
            SignInPath, "Se connecter");
    }

    private static Task<IResult> RefusedAsync(HttpContext http, IFormPageRenderer pages, bool unknown, bool expired) =>
        unknown ? FormPages.MessageAsync(pages, http, StatusCodes.Status404NotFound, "Lien non valide",
                "Ce lien n'est pas valide : vérifiez qu'il a été copié en entier. Rien n'a été modifié.")
        : expired ? FormPages.MessageAsync(pages, http, StatusCodes.Status410Gone, "Lien expiré",
                "Ce lien a expiré : rien n'a été modifié. Inscrivez-vous à nouveau ou contactez l'équipe du site.")
        : FormPages.MessageAsync(pages, http, StatusCodes.Status200OK, "Adresse déjà confirmée",
                "Votre adresse e-mail est déjà confirmée : rien de plus à faire.", SignInPath, "Se connecter");
}
