namespace RencontresAict.Workflows.Email;

/// <summary>Where the outbox delivers: <c>.eml</c> files in a folder (the default), or an SMTP server.</summary>
public enum EmailDeliveryMethod
{
    PickupDirectory,
    Smtp,
}
