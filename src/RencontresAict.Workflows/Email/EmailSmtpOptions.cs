namespace RencontresAict.Workflows.Email;

/// <summary>The SMTP server (section <c>Email:Smtp</c>). The password is never logged.</summary>
public sealed class EmailSmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public SmtpEncryptionMethod EncryptionMethod { get; set; } = SmtpEncryptionMethod.None;

    /// <summary>Accepted here too, as Orchard's SmtpSettings.DefaultSender; <c>Email:DefaultSender</c> wins.</summary>
    public string? DefaultSender { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
