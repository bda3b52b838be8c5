namespace RencontresAict.Conference.Display;

/// <summary>The roles a partner plays (Partner.Role), in page order, with their French names.</summary>
public static class PartnerRoles
{
    private static readonly string[] _ordered = ["organiser", "institutional-partner", "co-funder", "venue"];

    public static IReadOnlyList<string> Ordered => _ordered;

    /// <summary>Where a role's group comes on the page; unknown roles last.</summary>
    public static int Rank(string role) => Array.IndexOf(_ordered, role) is var index and >= 0 ? index : int.MaxValue;

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
