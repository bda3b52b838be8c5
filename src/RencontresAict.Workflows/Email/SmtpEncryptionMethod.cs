namespace RencontresAict.Workflows.Email;

/// <summary>Orchard's SmtpSettings encryption names: none, TLS from the start (465), or STARTTLS (587).</summary>
public enum SmtpEncryptionMethod
{
    None,
    SSLTLS,
    STARTTLS,
}
