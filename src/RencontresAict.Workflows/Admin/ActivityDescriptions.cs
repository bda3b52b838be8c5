using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Admin;

/// <summary>
/// What the staff read about an activity in the admin: a French description of its kind (Orchard's technical name,
/// including the Forms module's activities found in the site's recipes) and its settings as short label/value pairs.
/// </summary>
public static class ActivityDescriptions
{
    private const int MaxValueLength = 160;

    private static readonly FrozenDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HttpRequestEvent"] = "Événement : une requête HTTP arrive sur l'adresse du workflow (un formulaire envoyé).",
        ["SignalEvent"] = "Événement : un lien signé (signal) est suivi, par exemple un lien de confirmation dans un e-mail.",
        ["TimerEvent"] = "Événement : une échéance du calendrier (expression cron) est atteinte.",
        ["WorkflowFaultEvent"] = "Événement : un autre workflow est tombé en erreur.",
        ["ContentCreatedEvent"] = "Événement : un contenu est créé.",
        ["ContentPublishedEvent"] = "Événement : un contenu est publié.",
        ["ContentUpdatedEvent"] = "Événement : un contenu est modifié.",
        ["ContentDraftSavedEvent"] = "Événement : le brouillon d'un contenu est enregistré.",
        ["ContentUnpublishedEvent"] = "Événement : un contenu est dépublié.",
        ["ContentDeletedEvent"] = "Événement : un contenu est supprimé.",
        ["ContentVersionedEvent"] = "Événement : une nouvelle version d'un contenu est créée.",
        ["CreateContentTask"] = "Crée un contenu (et le publie si demandé).",
        ["UpdateContentTask"] = "Modifie un contenu.",
        ["EmailTask"] = "Met un e-mail dans la file d'envoi.",
        ["HttpRedirectTask"] = "Redirige le visiteur vers une adresse.",
        ["IfElseTask"] = "Choisit une suite selon une condition (JavaScript).",
        ["ScriptTask"] = "Exécute un script JavaScript qui choisit la suite.",
        ["ForkTask"] = "Lance plusieurs branches en parallèle.",
        ["JoinTask"] = "Attend des branches parallèles avant de continuer.",
        ["NotifyTask"] = "Affiche un message au visiteur.",
        ["SetPropertyTask"] = "Enregistre une valeur dans les propriétés du workflow.",
        ["CorrelateTask"] = "Rattache le workflow à un identifiant (corrélation).",
        ["ValidateAntiforgeryTokenTask"] = "Vérifie le jeton anti-falsification du formulaire.",
        ["BindModelStateTask"] = "Lit les réponses envoyées par le formulaire.",
        ["ValidateFormTask"] = "Vérifie les règles du formulaire (champs requis, formats).",
        ["ValidateFormFieldTask"] = "Vérifie un champ du formulaire.",
        ["HttpRedirectToFormLocationTask"] = "Renvoie le visiteur au formulaire, avec ses réponses et les erreurs.",
        ["AddModelValidationErrorTask"] = "Ajoute une erreur de validation au formulaire.",
        ["RegisterForEditionTask"] = "Enregistre l'inscription à l'édition (doublons, capacité, liste d'attente).",
        ["RegistrationEmailTask"] = "Met dans la file d'envoi un e-mail à la personne inscrite.",
        ["SetRegistrationStatusTask"] = "Change le statut de l'inscription.",
        ["PromoteWaitingListTask"] = "Propose une place libérée à la première personne de la liste d'attente.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Subject"] = "Objet",
        ["Body"] = "Corps",
        ["Recipients"] = "Destinataires",
        ["Author"] = "Auteur",
        ["Sender"] = "Expéditeur",
        ["ReplyTo"] = "Répondre à",
        ["Cc"] = "Copie",
        ["Bcc"] = "Copie cachée",
        ["IsHtmlBody"] = "Corps HTML",
        ["Location"] = "Adresse de redirection",
        ["Permanent"] = "Redirection permanente",
        ["HttpMethod"] = "Méthode HTTP",
        ["Url"] = "Adresse",
        ["ValidateAntiforgeryToken"] = "Jeton anti-falsification exigé",
        ["TokenLifeSpan"] = "Durée de validité du lien (jours)",
        ["FormLocationKey"] = "Emplacement du formulaire",
        ["Signal"] = "Signal",
        ["Status"] = "Statut",
        ["Script"] = "Script",
        ["Condition"] = "Condition",
        ["AvailableOutcomes"] = "Issues possibles",
        ["CronExpression"] = "Expression cron",
        ["ContentTypeFilter"] = "Types de contenu",
        ["ContentType"] = "Type de contenu",
        ["Publish"] = "Publier",
        ["ContentProperties"] = "Propriétés du contenu",
        ["AttachEditionCalendar"] = "Joindre l'agenda de l'édition",
        ["Edition"] = "Édition",
        ["Forks"] = "Branches",
        ["Mode"] = "Mode",
        ["Message"] = "Message",
        ["NotificationType"] = "Type de message",
        ["PropertyName"] = "Propriété",
        ["Value"] = "Valeur",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The French description of an activity kind, or null for a kind the admin does not describe.</summary>
    public static string? Describe(string activityName) => Descriptions.GetValueOrDefault(activityName);

    /// <summary>The activity's settings (not its title) as (French label, short text); empty values are left out.</summary>
    public static IReadOnlyList<(string Label, string Value)> Settings(ActivityRecord activity) =>
        activity.Properties
            .Where(p => p.Key != "ActivityMetadata")
            .Select(p => (Label: Labels.GetValueOrDefault(p.Key, p.Key), Value: Shorten(Text(p.Value))))
            .Where(p => p.Value.Length > 0)
            .ToList();

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonObject expression when expression["Expression"] is { } text => Text(text),
        JsonArray items => string.Join(", ", items.Select(Text).Where(t => t.Length > 0)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "oui" : "non",
        JsonValue value => Convert.ToString(value.ToJsonString(), CultureInfo.InvariantCulture) ?? "",
        _ => node.ToJsonString(),
    };

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= MaxValueLength ? oneLine : oneLine[..MaxValueLength] + "…";
    }
}
