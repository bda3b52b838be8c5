namespace RencontresAict.Content.ContentLocalization;

/// <summary>A culture as staff read it in French messages: <c>en</c> → « anglais », <c>fr-FR</c> → « français ».</summary>
public static class CultureNames
{
    public static string InFrench(string? culture) => culture?.Split('-')[0].ToLowerInvariant() switch
    {
        "en" => "anglais",
        "fr" => "français",
        "de" => "allemand",
        "es" => "espagnol",
        _ => $"« {culture} »",
    };
}
