using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Text;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The words of a registration's confirmation link (the "Confirm" signal of its workflow, correlated by the
/// registration's id): whose registration the button confirms, and once the link has served, what its status became —
/// in the registrant's language.
/// </summary>
public sealed class RegistrationSignalLinkDescriber(ContentManager content, EditionFactsReader editions, IStringLocalizer<RegistrationSignalLinkDescriber> S)
    : ISignalLinkDescriber
{
    public const string ConfirmSignal = "Confirm";

    public async Task<SignalLinkDescription?> DescribeAsync(SignalPayload link)
    {
        if (!string.Equals(link.Signal, ConfirmSignal, StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(link.CorrelationId)
            || await content.GetAsync(link.CorrelationId, VersionOptions.Latest) is not { ContentType: RegistrationIndexProvider.ContentType } registration)
        {
            return null;
        }

        var culture = RegistrationFactory.Culture(registration);
        if (culture is not null)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        }

        var edition = await editions.ReadAsync(RegistrationProperties.EditionId(registration));
        var who = $"{TextNormalizer.WithoutBidiControls(registration.DisplayText)} ({TextNormalizer.WithoutBidiControls(RegistrationFactory.Text(registration, "Email"))})";
        var (usedTitle, usedText, usedStatus) = RegistrationFactory.Status(registration) switch
        {
            RegistrationStatus.Confirmed => (S["Inscription déjà confirmée"].Value,
                S["Votre inscription est déjà confirmée : vous n'avez rien d'autre à faire. À bientôt !"].Value, StatusCodes.Status200OK),
            RegistrationStatus.Cancelled => (S["Inscription annulée"].Value,
                S["Votre inscription est déjà annulée : ce lien ne peut plus la confirmer. Pour venir, inscrivez-vous de nouveau."].Value, StatusCodes.Status410Gone),
            _ => (S["Lien déjà utilisé"].Value,
                S["Ce lien a déjà été utilisé ou ne correspond plus à aucune démarche en cours : rien n'a été modifié."].Value, StatusCodes.Status404NotFound),
        };
        return new SignalLinkDescription(
            S["Confirmer mon inscription"],
            edition is null
                ? S["Pour confirmer l'inscription de {0}, appuyez sur le bouton ci-dessous.", who]
                : S["Pour confirmer l'inscription de {0} aux {1}, appuyez sur le bouton ci-dessous.", who, edition.TitleIn(culture)],
            S["Je confirme mon inscription"],
            usedTitle,
            usedText,
            usedStatus,
            culture);
    }
}
