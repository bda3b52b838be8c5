namespace RencontresAict.Conference.Display.Models;

/// <summary>Where an edition takes place: address, coordinates, each means of access, and an OpenStreetMap link.</summary>
public sealed record VenueModel
{
    public required string Name { get; init; }

    public string? StreetAddress { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public string? Area { get; init; }

    public decimal? Latitude { get; init; }

    public decimal? Longitude { get; init; }

    public LinkModel? Website { get; init; }

    public IReadOnlyList<AccessModel> Access { get; init; } = [];

    public string? OpenStreetMapUrl { get; init; }
}
