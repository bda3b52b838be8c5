namespace RencontresAict.Conference.Registrations;

/// <summary>
/// One day of an edition as a participant spends it: from its first session's start to its last session's end (UTC),
/// so that a calendar blocks 14 h 30 – 19 h 00 and 8 h 30 – 17 h 00, not the night between.
/// </summary>
public sealed record AttendanceDay(DateTime StartsUtc, DateTime EndsUtc)
{
    /// <summary>
    /// The days of the given (start, end) sessions, grouped by their date in the edition's zone; a session with no end
    /// counts as its start. Cancelled sessions are left out by the caller.
    /// </summary>
    public static IReadOnlyList<AttendanceDay> FromSessions(IEnumerable<(DateTime StartsUtc, DateTime? EndsUtc)> sessions, TimeZoneInfo zone) =>
        sessions
            .Select(s => (Start: Utc(s.StartsUtc), End: Utc(s.EndsUtc is { } e && e > s.StartsUtc ? e : s.StartsUtc)))
            .GroupBy(s => TimeZoneInfo.ConvertTimeFromUtc(s.Start, zone).Date)
            .OrderBy(day => day.Key)
            .Select(day => new AttendanceDay(day.Min(s => s.Start), day.Max(s => s.End)))
            .ToList();

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
