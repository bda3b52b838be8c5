namespace RencontresAict.Content;

/// <summary>
/// The clock when <c>Site:AsOf</c> is set: it starts at that instant and runs on from there (so retries, leases
/// and timers still move), letting a preview of 2022 open or close registration as it did then.
/// </summary>
public sealed class SiteClock(DateTimeOffset asOf, TimeProvider real) : TimeProvider
{
    private readonly TimeSpan _offset = asOf - real.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;
}
