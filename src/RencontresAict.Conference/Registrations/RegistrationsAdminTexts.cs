namespace RencontresAict.Conference.Registrations;

/// <summary>English for the registration pages of the admin (the French texts are in the pages).</summary>
public static class RegistrationsAdminTexts
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Inscriptions"] = "Registrations",
        ["Inscriptions par statut"] = "Registrations by status",
        ["À confirmer"] = "To be confirmed",
        ["Confirmée"] = "Confirmed",
        ["Liste d'attente"] = "Waiting list",
        ["Annulée"] = "Cancelled",
        ["Places occupées"] = "Seats taken",
        ["{0} sur {1}"] = "{0} of {1}",
        ["{0} (sans limite)"] = "{0} (no limit)",
        ["Nom, e-mail ou organisation"] = "Name, e-mail or organisation",
        ["Plus récentes d'abord"] = "Newest first",
        ["Plus anciennes d'abord"] = "Oldest first",
        ["Nom"] = "Name",
        ["Organisation"] = "Organisation",
        ["Inscription le"] = "Registered on",
        ["Exporter en CSV"] = "Export as CSV",
        ["Exporter en XLSX"] = "Export as XLSX",
        ["Les exports suivent les filtres ci-dessus."] = "Exports follow the filters above.",
        ["{0} inscription(s)"] = "{0} registration(s)",
        ["Aucune édition n'est choisie : indiquez l'édition en cours dans les réglages du site."] =
            "No edition is chosen: set the current edition in the site settings.",
        ["Réponses"] = "Answers",
        ["Actions"] = "Actions",
        ["Renvoyer l'e-mail correspondant au statut « {0} » ?"] = "Send again the e-mail for status \"{0}\"?",
        ["Renvoyer l'e-mail du statut « {0} »"] = "Resend the \"{0}\" e-mail",
        ["Je confirme l'annulation : la personne est prévenue par e-mail et sa place est proposée à la liste d'attente."] =
            "I confirm the cancellation: the person is told by e-mail and their seat is offered to the waiting list.",
        ["Annuler cette inscription ?"] = "Cancel this registration?",
        ["Annuler l'inscription"] = "Cancel the registration",
        ["Historique du statut"] = "Status history",
        ["Date"] = "Date",
        ["la personne inscrite ou le site"] = "the registrant or the site",
        ["E-mails"] = "E-mails",
        ["Aucun e-mail enregistré pour cette inscription."] = "No e-mail recorded for this registration.",
        ["Mis en file le"] = "Queued on",
        ["Objet"] = "Subject",
        ["Envoi"] = "Delivery",
        ["Envoyé le {0}"] = "Sent on {0}",
        ["Échec"] = "Failed",
        ["Inconnu"] = "Unknown",
        ["En attente"] = "Waiting to be sent",
        ["Cochez la case pour confirmer l'annulation : rien n'a été modifié."] = "Tick the box to confirm the cancellation: nothing was changed.",
        ["Cette inscription est déjà annulée : rien n'a été modifié."] = "This registration is already cancelled: nothing was changed.",
        ["Inscription annulée. La personne est prévenue par e-mail et la place est proposée à la liste d'attente."] =
            "Registration cancelled. The person is told by e-mail and the seat is offered to the waiting list.",
        ["L'inscription a été modifiée entre-temps : rien n'a été fait, vérifiez son statut et recommencez."] =
            "The registration was changed meanwhile: nothing was done; check its status and try again.",
        ["Le workflow des inscriptions n'a pas d'e-mail pour ce statut : rien n'a été envoyé."] =
            "The registration workflow has no e-mail for this status: nothing was sent.",
        ["E-mail « {0} » renvoyé à {1}."] = "E-mail \"{0}\" sent again to {1}.",
        ["L'adresse de cette inscription est refusée par la messagerie : rien n'a été envoyé."] =
            "The mail system refuses this registration's address: nothing was sent.",
    };
}
