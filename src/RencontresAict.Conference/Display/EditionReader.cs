using Microsoft.Extensions.Localization;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Settings;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>
/// The edition the site shows (RencontresSettings.CurrentEditionContentItemId) as an <see cref="EditionModel"/>:
/// its instants converted to the edition's zone (Edition.TimeZone, else the site's), never the server's. An English
/// visitor gets the edition's English item when one is published (and its picked venue, organiser, signatory's).
/// </summary>
public sealed class EditionReader(
    ContentManager content, SiteSettingsService settings, LocalizedContentQuery localized, IStringLocalizer<EditionReader> texts)
{
    private EditionModel? _current;

    public async Task<EditionModel?> GetCurrentAsync()
    {
        if (_current is not null)
        {
            return _current;
        }

        var id = await settings.GetCurrentEditionIdAsync();
        var item = string.IsNullOrEmpty(id) ? null : await content.GetAsync(id);
        return _current = item is null ? null : await ReadAsync(await localized.ForCurrentCultureAsync(item));
    }

    /// <summary>The zone an edition's times are shown in (<see cref="ConferenceSettings.GetEditionTimeZoneAsync"/>).</summary>
    public Task<TimeZoneInfo> GetZoneAsync(ContentItem? edition) => settings.GetEditionTimeZoneAsync(edition);

    public async Task<EditionModel> ReadAsync(ContentItem item)
    {
        var zone = await GetZoneAsync(item);
        var start = Local(FieldValues.Date(item, "Edition", "StartsAt"), zone);
        var end = Local(FieldValues.Date(item, "Edition", "EndsAt"), zone);
        var opens = Local(FieldValues.Date(item, "Edition", "RegistrationOpensAt"), zone);
        var closes = Local(FieldValues.Date(item, "Edition", "RegistrationClosesAt"), zone);
        var phone = FieldValues.Text(item, "Edition", "ContactPhone");
        return new EditionModel
        {
            Item = item,
            ContentItemId = await localized.DefaultCultureIdAsync(item),
            Title = item.DisplayText ?? "",
            Url = FieldValues.Url(item),
            Number = FieldValues.Number(item, "Edition", "Number"),
            Theme = FieldValues.Text(item, "Edition", "Theme"),
            Tagline = FieldValues.Text(item, "Edition", "Tagline"),
            Start = start,
            End = end,
            DatesText = start is { } s ? VisitorDates.DayRange(s, end ?? s) : null,
            StartIso = start is { } si ? FrenchDates.Iso(si) : null,
            EndIso = end is { } ei ? FrenchDates.Iso(ei) : null,
            TimeZoneName = zone.Id == "Europe/Paris" ? texts["heure de Paris"] : texts["heure locale ({0})", zone.Id],
            Venue = await FirstPickedAsync(item, "Venue") is { } venue ? VenueReader.ToModel(venue) : null,
            Organiser = await FirstPickedAsync(item, "Organiser") is { } organiser ? PartnerReader.ToModel(organiser) : null,
            Signatory = await FirstPickedAsync(item, "EditorialSignatory") is { } signatory ? SpeakerReader.ToModel(signatory) : null,
            RegistrationOpensText = opens is { } o ? VisitorDates.LongDate(o) : null,
            RegistrationOpensIso = opens is { } oi ? FrenchDates.Iso(oi) : null,
            RegistrationClosesText = closes is { } c ? VisitorDates.LongDate(c) : null,
            RegistrationClosesIso = closes is { } ci ? FrenchDates.Iso(ci) : null,
            Hashtag = FieldValues.Text(item, "Edition", "Hashtag"),
            Website = FieldValues.Link(item, "Edition", "Website"),
            MiniSite = FieldValues.Link(item, "Edition", "MiniSite"),
            Twitter = FieldValues.Link(item, "Edition", "Twitter"),
            ContactName = FieldValues.Text(item, "Edition", "ContactName"),
            ContactPhone = phone,
            ContactPhoneHref = phone is null ? null : PhoneHref(phone),
            ContactEmail = FieldValues.Text(item, "Edition", "ContactEmail"),
            HonoursLines = FieldValues.Lines(FieldValues.Text(item, "Edition", "Honours")),
        };
    }

    private static DateTimeOffset? Local(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } value ? FrenchDates.InZone(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)), zone) : null;

    private async Task<ContentItem?> FirstPickedAsync(ContentItem item, string field) =>
        FieldValues.FirstPicked(item, "Edition", field) is { } id && await content.GetAsync(id) is { } picked
            ? await localized.ForCurrentCultureAsync(picked)
            : null;

    /// <summary>"+33 (0)1 53 41 81 81" → "tel:+33153418181" (the trunk "(0)" is dropped).</summary>
    internal static string PhoneHref(string phone)
    {
        var text = phone.Replace("(0)", "", StringComparison.Ordinal);
        var digits = string.Concat(text.Where(char.IsDigit));
        return "tel:" + (text.TrimStart().StartsWith('+') ? "+" : "") + digits;
    }
}
