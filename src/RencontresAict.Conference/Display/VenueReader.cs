using System.Globalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>A Venue item as a <see cref="VenueModel"/>: address, coordinates, access by métro, bus, tram, car and bike.</summary>
public static class VenueReader
{
    private static readonly (string Field, string Label)[] _access =
    [
        ("AccessMetro", "Métro"), ("AccessBus", "Bus"), ("AccessTram", "Tramway"), ("AccessCar", "Voiture"), ("AccessBike", "Vélo"),
    ];

    public static VenueModel ToModel(ContentItem venue)
    {
        var latitude = FieldValues.Number(venue, "Venue", "Latitude");
        var longitude = FieldValues.Number(venue, "Venue", "Longitude");
        return new VenueModel
        {
            Name = venue.DisplayText ?? "",
            StreetAddress = FieldValues.Text(venue, "Venue", "StreetAddress"),
            PostalCode = FieldValues.Text(venue, "Venue", "PostalCode"),
            City = FieldValues.Text(venue, "Venue", "City"),
            Country = FieldValues.Text(venue, "Venue", "Country"),
            Area = FieldValues.Text(venue, "Venue", "Area"),
            Latitude = latitude,
            Longitude = longitude,
            Website = FieldValues.Link(venue, "Venue", "Website"),
            Access = _access
                .Select(a => FieldValues.Text(venue, "Venue", a.Field) is { } text ? new AccessModel(a.Label, FieldValues.Lines(text)) : null)
                .OfType<AccessModel>().ToList(),
            OpenStreetMapUrl = latitude is { } lat && longitude is { } lon ? OpenStreetMap(lat, lon) : null,
        };
    }

    private static string OpenStreetMap(decimal latitude, decimal longitude)
    {
        var lat = latitude.ToString(CultureInfo.InvariantCulture);
        var lon = longitude.ToString(CultureInfo.InvariantCulture);
        return $"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}";
    }
}
