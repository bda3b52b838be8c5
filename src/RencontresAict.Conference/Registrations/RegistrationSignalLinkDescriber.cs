using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Text;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The words of a registration's confirmation link (the "Confirm" signal of its workflow, correlated by the
/// registration's id): whose registration the button confirms, and once the link has served, what its status became.
/// </summary>
public sealed class RegistrationSignalLinkDescriber(ContentManager content, EditionFactsReader editions) : ISignalLinkDescriber
{
    public const string ConfirmSignal = "Confirm";

    public async Task<SignalLinkDescription?> DescribeAsync(SignalPayload link)
    {
        if (!string.Equals(link.Signal, ConfirmSignal, StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(link.CorrelationId)
            || await content.GetAsync(link.CorrelationId, VersionOptions.Latest) is not { ContentType: RegistrationIndexProvider.ContentType } registration)
        {
            return null;
        }

        var edition = await editions.ReadAsync(RegistrationProperties.EditionId(registration));
        var who = $"{TextNormalizer.WithoutBidiControls(registration.DisplayText)} ({TextNormalizer.WithoutBidiControls(RegistrationFactory.Text(registration, "Email"))})";
        var (usedTitle, usedText, usedStatus) = RegistrationFactory.Status(registration) switch
        {
            RegistrationStatus.Confirmed => ("Inscription déjà confirmée",
                "Votre inscription est déjà confirmée : vous n'avez rien d'autre à faire. À bientôt !", StatusCodes.Status200OK),
            RegistrationStatus.Cancelled => ("Inscription annulée",
                "Votre inscription est déjà annulée : ce lien ne peut plus la confirmer. Pour venir, inscrivez-vous de nouveau.", StatusCodes.Status410Gone),
            _ => ("Lien déjà utilisé",
                "Ce lien a déjà été utilisé ou ne correspond plus à aucune démarche en cours : rien n'a été modifié.", StatusCodes.Status404NotFound),
        };
        return new SignalLinkDescription(
            "Confirmer mon inscription",
            $"Pour confirmer l'inscription de {who}{(edition is null ? "" : " aux " + edition.Title)}, appuyez sur le bouton ci-dessous.",
            "Je confirme mon inscription",
            usedTitle,
            usedText,
            usedStatus);
    }
}
