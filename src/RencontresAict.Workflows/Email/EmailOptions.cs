namespace RencontresAict.Workflows.Email;

/// <summary>Boot settings of e-mail delivery (section <c>Email</c>) and of the outbox's retries.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDeliveryMethod DeliveryMethod { get; set; } = EmailDeliveryMethod.PickupDirectory;

    /// <summary>The From address of messages that name none.</summary>
    public string? DefaultSender { get; set; }

    /// <summary>Defaults to <c>{Site:DataPath}/mail</c>.</summary>
    public string? PickupDirectoryLocation { get; set; }

    public EmailSmtpOptions Smtp { get; set; } = new();

    /// <summary>After this many failed sends a message is marked Failed and waits for an administrator's retry.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed message belongs to its dispatcher; a dispatcher that dies loses it after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// With several servers, how long one node's turn to dispatch (a batch) lasts unless it ends it first: a node that
    /// dies in its turn holds up the other nodes' e-mails this long, not a <see cref="ClaimLease"/>. A node still
    /// sending when its turn runs out shares the work with the next one; the claims keep them from sending one message twice.
    /// </summary>
    public TimeSpan DispatchTurnExpiry { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the dispatcher looks for due messages when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string EffectiveDefaultSender =>
        !string.IsNullOrWhiteSpace(DefaultSender) ? DefaultSender
        : !string.IsNullOrWhiteSpace(Smtp.DefaultSender) ? Smtp.DefaultSender
        : "Rencontres de l'AICT <noreply@localhost>";
}
