using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Conference.Registrations;

/// <summary>What registration needs to know of an edition: its dates, window, capacity and practical information.</summary>
public sealed class EditionFacts
{
    public required ContentItem Item { get; init; }

    public string Id => Item.ContentItemId;

    public string Title => Item.DisplayText ?? "";

    public DateTime? StartsUtc { get; init; }

    public DateTime? EndsUtc { get; init; }

    public DateTime? RegistrationOpensUtc { get; init; }

    public DateTime? RegistrationClosesUtc { get; init; }

    /// <summary>Each day of the edition from its first session to its last (published, not cancelled); empty without a programme.</summary>
    public IReadOnlyList<AttendanceDay> Days { get; init; } = [];

    /// <summary>Seats for pending and confirmed registrations; null: no limit.</summary>
    public int? Capacity { get; init; }

    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    public string? VenueName { get; init; }

    public string? VenueAddress { get; init; }

    public string? Website { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    /// <summary>Registration closes at RegistrationClosesAt or, when none is set, when the edition starts.</summary>
    public DateTime? EffectiveClosesUtc => RegistrationClosesUtc ?? StartsUtc;

    public string DatesText => StartsUtc is { } start
        ? FrenchDates.DayRange(Local(start), Local(EndsUtc ?? start))
        : "";

    public string TimesText => StartsUtc is { } start && EndsUtc is { } end
        ? $"du {FrenchDates.LongDate(Local(start))} à {FrenchDates.Time(Local(start))} au {FrenchDates.LongDate(Local(end))} à {FrenchDates.Time(Local(end))} ({ZoneName})"
        : DatesText;

    public string ZoneName => Zone.Id == "Europe/Paris" ? "heure de Paris" : $"heure locale, {Zone.Id}";

    public DateTimeOffset Local(DateTime utc) => FrenchDates.InZone(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    /// <summary>"lundi 20 juin 2022 à 14 h 30 (heure de Paris)".</summary>
    public string Moment(DateTime utc) => $"{FrenchDates.LongDate(Local(utc))} à {FrenchDates.Time(Local(utc))} ({ZoneName})";

    /// <summary>The facts e-mail templates read as <c>Workflow.Properties.Edition.X</c>.</summary>
    public Dictionary<string, object?> ToTemplateValues() => new(StringComparer.Ordinal)
    {
        ["Id"] = Id,
        ["Title"] = Title,
        ["Dates"] = DatesText,
        ["Times"] = TimesText,
        ["VenueName"] = VenueName,
        ["VenueAddress"] = VenueAddress,
        ["Website"] = Website,
        ["ContactEmail"] = ContactEmail,
        ["ContactPhone"] = ContactPhone,
    };
}
