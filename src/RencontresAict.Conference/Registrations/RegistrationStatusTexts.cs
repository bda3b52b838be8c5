namespace RencontresAict.Conference.Registrations;

/// <summary>The French name of each status, for the admin and the exports.</summary>
public static class RegistrationStatusTexts
{
    public static IReadOnlyList<string> All { get; } =
        [RegistrationStatus.Pending, RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Cancelled];

    public static string Label(string? status) => status switch
    {
        RegistrationStatus.Pending => "À confirmer",
        RegistrationStatus.Confirmed => "Confirmée",
        RegistrationStatus.Waiting => "Liste d'attente",
        RegistrationStatus.Cancelled => "Annulée",
        _ => status ?? "",
    };
}
