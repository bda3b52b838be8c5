namespace RencontresAict.Web.Display;

/// <summary>The roles a partner plays (Partner.Role), in page order, with their French names.</summary>
public static class PartnerRoles
{
    public static IReadOnlyList<string> Ordered { get; } = ["organiser", "institutional-partner", "co-funder", "venue"];

    public static string Singular(string role) => role switch
    {
        "organiser" => "Organisateur",
        "institutional-partner" => "Partenaire institutionnel",
        "co-funder" => "Cofinanceur",
        "venue" => "Lieu d'accueil",
        _ => "Partenaire",
    };

    public static string Plural(string role) => role switch
    {
        "organiser" => "Organisateur",
        "institutional-partner" => "Partenaires institutionnels",
        "co-funder" => "Cofinanceurs",
        "venue" => "Lieu d'accueil",
        _ => "Autres partenaires",
    };
}
