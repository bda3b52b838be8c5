namespace RencontresAict.Conference.Registrations;

/// <summary>One registration as the admin's list shows it, read from RegistrationIndex.</summary>
public sealed class RegistrationListRow
{
    public long DocumentId { get; set; }

    public string ContentItemId { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string EmailKey { get; set; } = "";

    public string Organisation { get; set; } = "";

    public string Status { get; set; } = "";

    public string CreatedUtc { get; set; } = "";
}
