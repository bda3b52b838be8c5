namespace RencontresAict.Conference.Registrations;

/// <summary>A line of a registration's history: a status reached, or an e-mail queued (with its delivery state).</summary>
public sealed class RegistrationJournalEntry
{
    public string CreatedUtc { get; set; } = "";

    /// <summary>The signed-in user who caused it; empty: the visitor or the site.</summary>
    public string Actor { get; set; } = "";

    public string? Status { get; set; }

    public string? Subject { get; set; }

    /// <summary>The outbox's state: Pending, Sent, Failed…</summary>
    public string? DeliveryStatus { get; set; }

    public string? SentUtc { get; set; }
}
