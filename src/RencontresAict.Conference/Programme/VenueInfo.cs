namespace RencontresAict.Conference.Programme;

/// <summary>Where an edition takes place, read from its Venue item.</summary>
public sealed record VenueInfo(
    string ContentItemId, string Name, string? StreetAddress, string? PostalCode, string? City, string? Country,
    double? Latitude, double? Longitude)
{
    /// <summary>"Name, street, postal code city, country", skipping what is missing.</summary>
    public string NameAndAddress => string.Join(", ", new[] { Name, StreetAddress, $"{PostalCode} {City}".Trim(), Country }
        .Where(s => !string.IsNullOrWhiteSpace(s)));
}
