using RencontresAict.Workflows.Email;

namespace RencontresAict.Workflows.Admin;

/// <summary>The French name of an outbox message's delivery status.</summary>
public static class OutboxStatusTexts
{
    public static string Text(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "En attente",
        OutboxStatus.Sending => "En cours d'envoi",
        OutboxStatus.Sent => "Envoyé",
        _ => "Échec",
    };
}
