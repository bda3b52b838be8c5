namespace RencontresAict.Conference.Programme;

/// <summary>Everything an export needs about one edition, read once per request and then only formatted.</summary>
public sealed record ProgrammeSnapshot(
    EditionInfo Edition, VenueInfo? Venue, string TimeZoneId, TimeZoneInfo TimeZone, IReadOnlyList<SessionInfo> Sessions, string BaseUrl)
{
    /// <summary>An instant in the edition's time zone, with its offset.</summary>
    public DateTimeOffset ToLocal(DateTime utc)
    {
        var value = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeFromUtc(value, TimeZone), TimeZone.GetUtcOffset(value));
    }
}
