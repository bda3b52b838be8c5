using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Text;
using RencontresAict.Conference.Registrations;
using RencontresAict.Forms;
using RencontresAict.Forms.Http;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Conference.Http;

/// <summary>
/// The cancellation link of a confirmation e-mail. GET only shows who and what would be cancelled, with a button
/// (a POST with an antiforgery token): link previews and mail scanners cancel nothing. The POST raises the
/// <c>SignalEvent</c> "Cancel" for the registration (<see cref="RegistrationCancellationService"/>, shared with the
/// staff's admin), whose workflow cancels it and frees the seat. A forged, altered or expired link gets a page saying
/// so and changes nothing. The pages speak the registrant's language (the registration's Culture).
/// </summary>
public static class CancellationEndpoints
{
    public const string ConfirmView = "RegistrationCancel";

    public static IEndpointRouteBuilder MapCancellationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CancellationLinkService.Path, ShowAsync);
        endpoints.MapPost(CancellationLinkService.Path, CancelAsync).DisableAntiforgery().RequireRateLimiting(FormsOptions.RateLimitPolicy);
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(
        string? token, HttpContext http, CancellationLinkService links, RegistrationCancellationService cancellations, IAntiforgery antiforgery,
        IFormPageRenderer pages, ContentManager content, IStringLocalizer<RegistrationCancellationService> S)
    {
        if (await ReadAsync(token, links, cancellations) is not { } registration)
        {
            return await ErrorAsync(token, http, links, pages, content);
        }

        UseCultureOf(registration);
        var tokens = antiforgery.GetAndStoreTokens(http);
        return await pages.RenderViewAsync(http, ConfirmView, new Dictionary<string, object?>
        {
            ["Registration"] = Describe(registration),
            ["Token"] = token,
            ["Action"] = CancellationLinkService.Path,
            ["AntiforgeryName"] = tokens.FormFieldName,
            ["AntiforgeryValue"] = tokens.RequestToken,
            ["Home"] = EditionFacts.IsEnglish(RegistrationFactory.Culture(registration)) ? "/en/" : "/",
        }, S["Annuler mon inscription"], StatusCodes.Status200OK);
    }

    private static async Task<IResult> CancelAsync(
        HttpContext http, CancellationLinkService links, RegistrationCancellationService cancellations, IAntiforgery antiforgery,
        IFormPageRenderer pages, DocumentSession session, ContentManager content)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentLength > 8 * 1024)
        {
            return Results.BadRequest();
        }

        var token = (await http.Request.ReadFormAsync()).TryGetValue("token", out var value) ? value.ToString() : null;
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return await FormPages.ExpiredFormAsync(pages, http, token is null ? null : $"{CancellationLinkService.Path}?token={Uri.EscapeDataString(token)}");
        }

        var registration = await ReadAsync(token, links, cancellations);
        if (registration is not null)
        {
            UseCultureOf(registration);
        }

        if (registration is null || await cancellations.CancelAsync(registration.ContentItemId) == CancellationOutcome.NotLive)
        {
            return await ErrorAsync(token, http, links, pages, content);
        }

        await session.SaveChangesAsync(http.RequestAborted);
        return WorkflowHttpResponse.Get(http) ?? await FormPages.MessageAsync(pages, http, StatusCodes.Status200OK,
            "Inscription annulée", "Votre inscription est annulée. Merci de nous avoir prévenus : votre place est proposée à une autre personne.");
    }

    /// <summary>The live registration the token names, or null (forged, expired, already cancelled).</summary>
    private static async Task<ContentItem?> ReadAsync(string? token, CancellationLinkService links, RegistrationCancellationService cancellations) =>
        links.Read(token, out var id) == TokenResult.Valid ? await cancellations.FindLiveAsync(id) : null;

    /// <summary>Why the link cannot cancel: forged (404), expired (410), or what became of the registration.</summary>
    private static async Task<IResult> ErrorAsync(string? token, HttpContext http, CancellationLinkService links, IFormPageRenderer pages, ContentManager content) =>
        links.Read(token, out var id) switch
        {
            TokenResult.Expired => await FormPages.MessageAsync(pages, http, StatusCodes.Status410Gone, "Lien expiré",
                "Ce lien d'annulation a expiré : rien n'a été modifié. Contactez l'équipe d'organisation pour annuler votre inscription."),
            TokenResult.Invalid => await FormPages.MessageAsync(pages, http, StatusCodes.Status404NotFound, "Lien non valide",
                "Ce lien d'annulation n'est pas valide : rien n'a été modifié. Vérifiez qu'il a été copié en entier."),
            _ when id is not null && await content.GetAsync(id, VersionOptions.Latest) is { ContentType: RegistrationIndexProvider.ContentType } registration
                && UseCultureOf(registration) && RegistrationFactory.Status(registration) == RegistrationStatus.Cancelled
                => await FormPages.MessageAsync(pages, http, StatusCodes.Status200OK, "Inscription déjà annulée",
                    "Votre inscription est déjà annulée : rien d'autre à faire. Merci de nous avoir prévenus."),
            _ => await FormPages.MessageAsync(pages, http, StatusCodes.Status404NotFound, "Inscription introuvable",
                "Cette inscription n'existe plus : rien n'a été modifié."),
        };

    /// <summary>Answers in the registrant's language from here on; true, to be chained in a condition.</summary>
    private static bool UseCultureOf(ContentItem registration)
    {
        if (RegistrationFactory.Culture(registration) is { } culture)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        }

        return true;
    }

    private static Dictionary<string, object?> Describe(ContentItem registration) => new(StringComparer.Ordinal)
    {
        ["Name"] = TextNormalizer.WithoutBidiControls(registration.DisplayText),
        ["Email"] = TextNormalizer.WithoutBidiControls(RegistrationFactory.Text(registration, "Email")),
        ["Status"] = RegistrationFactory.Status(registration),
    };
}
