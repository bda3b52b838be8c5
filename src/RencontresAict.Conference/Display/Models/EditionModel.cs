using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Display.Models;

/// <summary>An edition as every page shows it: its dates already in the edition's zone and in French words.</summary>
public sealed record EditionModel
{
    public required ContentItem Item { get; init; }

    /// <summary>
    /// The id other items name this edition by (sessions' and partners' pickers): the French item's, also when
    /// <see cref="Item"/> is its English translation.
    /// </summary>
    public string ContentItemId { get => field ?? Item.ContentItemId; init; }

    public required string Title { get; init; }

    public string? Url { get; init; }

    public decimal? Number { get; init; }

    public string? Theme { get; init; }

    public string? Tagline { get; init; }

    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    /// <summary>The year the edition starts in, in its zone: its archive lives at <c>/{Year}/</c>.</summary>
    public int? Year => Start?.Year;

    /// <summary>"lundi 20 et mardi 21 juin 2022".</summary>
    public string? DatesText { get; init; }

    public string? StartIso { get; init; }

    public string? EndIso { get; init; }

    public string TimeZoneName { get; init; } = "heure de Paris";

    public VenueModel? Venue { get; init; }

    public PartnerModel? Organiser { get; init; }

    public SpeakerModel? Signatory { get; init; }

    public string? RegistrationOpensText { get; init; }

    public string? RegistrationOpensIso { get; init; }

    public string? RegistrationClosesText { get; init; }

    public string? RegistrationClosesIso { get; init; }

    public string? Hashtag { get; init; }

    public LinkModel? Website { get; init; }

    public LinkModel? MiniSite { get; init; }

    public LinkModel? Twitter { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    /// <summary>The phone as a tel: link (digits only, "+33153418181").</summary>
    public string? ContactPhoneHref { get; init; }

    public string? ContactEmail { get; init; }

    /// <summary>The honours of the edition (Edition.Honours), one line each.</summary>
    public IReadOnlyList<string> HonoursLines { get; init; } = [];
}
