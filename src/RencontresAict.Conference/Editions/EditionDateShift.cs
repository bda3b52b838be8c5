using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Editions;

/// <summary>
/// Moves an edition's instants to a new year: each by the whole days between the old first day and the new one, at the
/// same wall-clock time in the edition's zone (14:30 in Paris stays 14:30 across a change of summer time). A given last
/// day replaces the shifted one, at the old end's time of day.
/// </summary>
public sealed class EditionDateShift(TimeZoneInfo zone, int days)
{
    /// <summary>The instants of the Edition part that move: its days and its registration window.</summary>
    public static readonly IReadOnlyList<string> Fields = ["StartsAt", "EndsAt", "RegistrationOpensAt", "RegistrationClosesAt"];

    public int Days => days;

    public static EditionDateShift Between(DateTime oldStartUtc, DateOnly newStart, TimeZoneInfo zone)
    {
        var oldDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(oldStartUtc), zone));
        return new EditionDateShift(zone, newStart.DayNumber - oldDay.DayNumber);
    }

    public DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(utc), zone));

    public DateTime Shift(DateTime utc) => ToUtc(TimeZoneInfo.ConvertTimeFromUtc(Utc(utc), zone).AddDays(days));

    /// <summary>The given day at the time of day <paramref name="utc"/> has in the edition's zone.</summary>
    public DateTime OnDay(DateOnly day, DateTime utc) =>
        ToUtc(day.ToDateTime(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(utc), zone))));

    /// <summary>Shifts every date of the item's Edition part, then sets the last day when one is given.</summary>
    public void Apply(ContentItem edition, DateOnly? end)
    {
        foreach (var field in Fields)
        {
            if (JsonPaths.GetDateTime(edition.Content, "Edition", field, "Value") is { } value)
            {
                edition.GetOrCreatePart("Edition")[field] = new System.Text.Json.Nodes.JsonObject { ["Value"] = Format(Shift(value)) };
            }
        }

        if (end is { } last && JsonPaths.GetDateTime(edition.Content, "Edition", "EndsAt", "Value") is { } shiftedEnd)
        {
            edition.GetOrCreatePart("Edition")["EndsAt"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = Format(OnDay(last, shiftedEnd)) };
        }
    }

    private DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static string Format(DateTime utc) => ContentItemJsonConverter.FormatDate(utc);
}
