using RencontresAict.Conference.Editions;

namespace RencontresAict.Tests.Editions;

[Trait("Dates", "ServerZone")]
public sealed class EditionDateShiftTests
{
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void EveryInstantMovesByTheDaysBetweenTheOldAndTheNewFirstDayAtTheSameParisTime()
    {
        var shift = EditionDateShift.Between(Utc("2022-06-20T12:30:00Z"), new DateOnly(2023, 6, 19), _paris);

        Assert.Equal(364, shift.Days);
        Assert.Equal(Utc("2023-06-19T12:30:00Z"), shift.Shift(Utc("2022-06-20T12:30:00Z")));
        Assert.Equal(Utc("2023-04-13T22:00:00Z"), shift.Shift(Utc("2022-04-14T22:00:00Z"))); // midnight in Paris stays midnight
    }

    [Fact]
    public void AnInstantMovedAcrossAChangeOfSummerTimeKeepsItsWallClockTime()
    {
        var shift = EditionDateShift.Between(Utc("2023-03-20T08:00:00Z"), new DateOnly(2023, 3, 27), _paris); // 9:00 in winter

        Assert.Equal(Utc("2023-03-27T07:00:00Z"), shift.Shift(Utc("2023-03-20T08:00:00Z"))); // 9:00 in summer
        Assert.Equal(Utc("2023-03-28T07:00:00Z"), shift.OnDay(new DateOnly(2023, 3, 28), Utc("2023-03-27T07:00:00Z")));
    }

    private static DateTime Utc(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
}
