using RencontresAict.Conference.Display.Models;
using RencontresAict.Conference.Programme;

namespace RencontresAict.Conference.Display;

/// <summary>
/// The French descriptions of the conference's pages (meta description, Open Graph, Twitter card), all written here so
/// that they can be translated in one place. The layout shortens them; the item's own text follows the facts.
/// </summary>
public static class PageDescriptions
{
    public static string Edition(EditionModel edition) =>
        Join(edition.Title + (edition.Theme is { } theme ? " : " + theme : ""), Dates(edition));

    public static string Session(SessionModel session) =>
        Join(
            session.DayHeading is { } day ? $"{day}, {session.TimeText}{(session.Room is { } room ? ", salle " + room : "")}" : null,
            session.Speakers.Count > 0 ? "Avec " + string.Join(", ", session.Speakers.Select(s => s.Name)) : null,
            HtmlText.ToPlainText(session.Item.GetText("HtmlBodyPart", "Html")));

    public static string Speaker(SpeakerModel speaker) =>
        Join(speaker.Name + (speaker.Functions.Count > 0 ? " — " + speaker.Role : ""), speaker.Organisation,
            HtmlText.ToPlainText(speaker.Item.GetText("HtmlBodyPart", "Html")));

    public static string Partner(PartnerModel partner) =>
        Join($"{partner.Name}, {partner.RoleLabel.ToLowerInvariant()}", partner.Mention, HtmlText.ToPlainText(partner.Item.GetText("HtmlBodyPart", "Html")));

    public static string Programme(EditionModel edition) => Join($"Le programme de {edition.Title}", Dates(edition), "Plénières, ateliers et leurs intervenants, salle par salle");

    public static string Speakers(EditionModel edition) => Join($"Les intervenants de {edition.Title}", Dates(edition));

    public static string Partners(EditionModel edition) => Join($"Les partenaires de {edition.Title}", Dates(edition));

    public static string PracticalInformation(EditionModel edition) =>
        Join($"Venir aux {edition.Title}", edition.Venue is { } venue ? $"{venue.Name}, {venue.StreetAddress}, {venue.PostalCode} {venue.City}" : null, "Accès, horaires et contact");

    private static string? Dates(EditionModel edition) =>
        edition.DatesText is { } dates ? dates + (edition.Venue is { } venue ? ", " + venue.Name : "") : null;

    private static string Join(params string?[] sentences) =>
        string.Join(". ", sentences.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim().TrimEnd('.'))) + ".";
}
