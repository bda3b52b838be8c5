namespace RencontresAict.Conference.Editions;

/// <summary>English for the edition pages of the admin (the French texts are in the pages).</summary>
public static class EditionsAdminTexts
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Édition courante"] = "Current edition",
        ["Préparer l'édition suivante"] = "Prepare the next edition",
        ["Publier l'édition"] = "Publish the edition",
        ["Publier l'édition « {0} »"] = "Publish the edition “{0}”",
        ["L'édition « {0} » est copiée avec ses pages, son formulaire d'inscription et son workflow ; toutes ses dates sont décalées d'après la nouvelle date de début. Le lieu, les partenaires et les formats sont repris tels quels. Les sessions et les inscriptions ne sont pas copiées. Rien n'est public avant la publication de la nouvelle édition."] =
            "The edition “{0}” is copied with its pages, its registration form and its workflow; all its dates move with the new start date. The venue, partners and formats are kept as they are. Sessions and registrations are not copied. Nothing is public until the new edition is published.",
        ["Numéro de la nouvelle édition"] = "Number of the new edition",
        ["Premier jour"] = "First day",
        ["Dernier jour (facultatif : même durée que l'édition copiée)"] = "Last day (optional: as long as the copied edition)",
        ["Indiquez le numéro de la nouvelle édition et sa date de début (une date valide, par exemple 19/06/2023)."] =
            "Give the new edition's number and its start date (a valid date, e.g. 19/06/2023).",
        ["L'édition « {0} » est prête en brouillon, avec {1} page(s) et son formulaire d'inscription. Vérifiez-la, puis publiez-la."] =
            "The edition “{0}” is ready as a draft, with {1} page(s) and its registration form. Check it, then publish it.",
        ["L'édition est publiée."] = "The edition is published.",
        ["L'édition est un brouillon : les visiteurs ne la voient pas encore."] = "The edition is a draft: visitors do not see it yet.",
        ["Ces brouillons préparés pour elle sont publiés en même temps :"] = "These drafts prepared for it are published with it:",
        ["En faire l'édition courante (celle de la page d'accueil, du programme et de l'inscription)"] =
            "Make it the current edition (the one of the home page, the programme and registration)",
        ["L'édition « {0} » est publiée avec {1} brouillon(s) ; c'est maintenant l'édition courante."] =
            "The edition “{0}” is published with {1} draft(s); it is now the current edition.",
        ["L'édition « {0} » est publiée avec {1} brouillon(s)."] = "The edition “{0}” is published with {1} draft(s).",
        ["L'édition courante est celle que les visiteurs voient sur la page d'accueil, le programme et l'inscription. Seule une édition publiée peut l'être."] =
            "The current edition is the one visitors see on the home page, the programme and registration. Only a published edition can be current.",
        ["Édition"] = "Edition",
        ["Choisissez une édition."] = "Choose an edition.",
        ["« {0} » est maintenant l'édition courante."] = "“{0}” is now the current edition.",
    };
}
