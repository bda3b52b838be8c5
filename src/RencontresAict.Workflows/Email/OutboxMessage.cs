using System.Text.Json.Serialization;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// An e-mail waiting in, or delivered from, the outbox. Its content is a document written in the same transaction as
/// the change that caused it; its delivery state (status, attempts, next attempt, last error) lives in the
/// OutboxMessageIndex row the dispatcher claims and updates.
/// </summary>
public sealed class OutboxMessage
{
    public const string DocumentType = "OutboxMessage";

    [JsonIgnore]
    public long Id { get; set; }

    /// <summary>Stable for the message's life: its Message-Id header and its pickup file name.</summary>
    public string MessageId { get; set; } = "";

    public string? From { get; set; }

    public string? Sender { get; set; }

    public List<string> To { get; set; } = [];

    public List<string> Cc { get; set; } = [];

    public List<string> Bcc { get; set; } = [];

    public List<string> ReplyTo { get; set; } = [];

    public string Subject { get; set; } = "";

    public string? HtmlBody { get; set; }

    /// <summary>The plain-text part; made from the HTML when not given.</summary>
    public string? TextBody { get; set; }

    public List<OutboxAttachment> Attachments { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    [JsonIgnore]
    public OutboxStatus Status { get; set; }

    [JsonIgnore]
    public int Attempts { get; set; }

    [JsonIgnore]
    public DateTime? NextAttemptUtc { get; set; }

    [JsonIgnore]
    public string? LastError { get; set; }

    [JsonIgnore]
    public DateTime? SentUtc { get; set; }
}
