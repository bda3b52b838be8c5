using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Conference.Registrations;

/// <summary>What registration needs to know of an edition: its dates, window, capacity and practical information.</summary>
public sealed class EditionFacts
{
    public required ContentItem Item { get; init; }

    public string Id => Item.ContentItemId;

    public string Title => Item.DisplayText ?? "";

    /// <summary>The edition's title in each language it has a translation in (its localization set's items), by culture.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    /// <summary>The title in <paramref name="culture"/> or its language ("en" for "en-GB"), else the French one.</summary>
    public string TitleIn(string? culture) =>
        culture is null ? Title
        : Titles.TryGetValue(culture, out var title) || Titles.TryGetValue(culture.Split('-')[0], out title) ? title
        : Title;

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

    public string DatesText => DatesIn(null);

    public string TimesText => TimesIn(null);

    public string ZoneName => ZoneNameIn(null);

    /// <summary>"lundi 20 et mardi 21 juin 2022"; in English (<paramref name="culture"/> "en"), "Monday 20 and Tuesday 21 June 2022".</summary>
    public string DatesIn(string? culture) => StartsUtc is not { } start ? ""
        : IsEnglish(culture) ? EnglishDates.DayRange(Local(start), Local(EndsUtc ?? start))
        : FrenchDates.DayRange(Local(start), Local(EndsUtc ?? start));

    public string TimesIn(string? culture) => StartsUtc is { } start && EndsUtc is { } end
        ? IsEnglish(culture)
            ? $"from {Moment(start, culture, withZone: false)} to {Moment(end, culture, withZone: false)} ({ZoneNameIn(culture)})"
            : $"du {Moment(start, culture, withZone: false)} au {Moment(end, culture, withZone: false)} ({ZoneNameIn(culture)})"
        : DatesIn(culture);

    public string ZoneNameIn(string? culture) => (Zone.Id == "Europe/Paris", IsEnglish(culture)) switch
    {
        (true, true) => "Paris time",
        (true, false) => "heure de Paris",
        (false, true) => $"local time, {Zone.Id}",
        (false, false) => $"heure locale, {Zone.Id}",
    };

    public DateTimeOffset Local(DateTime utc) => FrenchDates.InZone(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    /// <summary>"lundi 20 juin 2022 à 14 h 30 (heure de Paris)".</summary>
    public string Moment(DateTime utc) => Moment(utc, null, withZone: true);

    /// <summary>"lundi 20 juin 2022 à 14 h 30", "Monday 20 June 2022 at 2:30 pm", with the zone's name after it when asked.</summary>
    public string Moment(DateTime utc, string? culture, bool withZone)
    {
        var local = Local(utc);
        var moment = IsEnglish(culture)
            ? $"{EnglishDates.LongDate(local)} at {EnglishDates.Time(local)}"
            : $"{FrenchDates.LongDate(local)} à {FrenchDates.Time(local)}";
        return withZone ? $"{moment} ({ZoneNameIn(culture)})" : moment;
    }

    /// <summary>Whether <paramref name="culture"/> is English ("en", "en-GB"); null or any other: French.</summary>
    public static bool IsEnglish(string? culture) =>
        culture is not null && (culture == "en" || culture.StartsWith("en-", StringComparison.OrdinalIgnoreCase));

    /// <summary>The facts e-mail templates read as <c>Workflow.Properties.Edition.X</c>, dates in <paramref name="culture"/>.</summary>
    public Dictionary<string, object?> ToTemplateValues(string? culture = null) => new(StringComparer.Ordinal)
    {
        ["Id"] = Id,
        ["Title"] = TitleIn(culture),
        ["Dates"] = DatesIn(culture),
        ["Times"] = TimesIn(culture),
        ["VenueName"] = VenueName,
        ["VenueAddress"] = VenueAddress,
        ["Website"] = Website,
        ["ContactEmail"] = ContactEmail,
        ["ContactPhone"] = ContactPhone,
    };
}
