namespace RencontresAict.Conference.Registrations;

/// <summary>The French name of a registrant's language, for the admin and the exports ("anglais" for "en"; none: "français").</summary>
public static class RegistrationLanguages
{
    public static string Label(string? culture) => culture switch
    {
        null or "" => "français",
        _ when culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) => "français",
        _ when EditionFacts.IsEnglish(culture) => "anglais",
        _ => culture,
    };
}
