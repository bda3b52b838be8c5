using Fluid;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Settings;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

[Trait("Dates", "ServerZone")]
public sealed class FrenchDatesTests
{
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo _newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTimeOffset _pointsPays = new(2022, 6, 20, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public void AUtcInstantIsShownInTheZoneGivenNotTheServersZone()
    {
        var paris = FrenchDates.InZone(_pointsPays, _paris);
        var newYork = FrenchDates.InZone(_pointsPays, _newYork);

        Assert.Equal("14 h 30", FrenchDates.Time(paris));
        Assert.Equal("2022-06-20T14:30:00+02:00", FrenchDates.Iso(paris));
        Assert.Equal("8 h 30", FrenchDates.Time(newYork));
        Assert.Equal("2022-06-20T08:30:00-04:00", FrenchDates.Iso(newYork));
    }

    [Fact]
    public void WinterInstantsTakeTheWinterOffset()
    {
        var local = FrenchDates.InZone(new DateTimeOffset(2022, 1, 10, 8, 0, 0, TimeSpan.Zero), _paris);

        Assert.Equal("2022-01-10T09:00:00+01:00", FrenchDates.Iso(local));
    }

    [Theory]
    [InlineData("2022-06-20T12:30:00Z", "lundi 20 juin 2022")]
    [InlineData("2022-04-14T22:00:00Z", "vendredi 15 avril 2022")]
    [InlineData("2022-06-30T22:30:00Z", "vendredi 1er juillet 2022")]
    public void LongDatesUseFrenchNamesAndTheFirstOfTheMonthIsPremier(string utc, string expected)
    {
        Assert.True(FrenchDates.TryReadInstant(utc, out var instant));

        Assert.Equal(expected, FrenchDates.LongDate(FrenchDates.InZone(instant, _paris)));
    }

    [Theory]
    [InlineData("2022-06-20T12:30:00Z", "2022-06-21T15:00:00Z", "lundi 20 et mardi 21 juin 2022")]
    [InlineData("2022-06-30T08:00:00Z", "2022-07-01T15:00:00Z", "jeudi 30 juin et vendredi 1er juillet 2022")]
    [InlineData("2022-12-31T08:00:00Z", "2023-01-02T15:00:00Z", "samedi 31 décembre 2022 et lundi 2 janvier 2023")]
    [InlineData("2022-06-20T08:00:00Z", "2022-06-20T15:00:00Z", "lundi 20 juin 2022")]
    public void TwoDaysAreOnePhraseNamingSharedMonthAndYearOnce(string start, string end, string expected)
    {
        FrenchDates.TryReadInstant(start, out var s);
        FrenchDates.TryReadInstant(end, out var e);

        Assert.Equal(expected, FrenchDates.DayRange(FrenchDates.InZone(s, _paris), FrenchDates.InZone(e, _paris)));
    }

    [Fact]
    public void TimeRangesUseFrenchHourNotation()
    {
        var start = FrenchDates.InZone(new DateTimeOffset(2022, 6, 21, 7, 0, 0, TimeSpan.Zero), _paris);

        Assert.Equal("9 h 00 – 10 h 30", FrenchDates.TimeRange(start, start.AddMinutes(90)));
    }

    [Theory]
    [InlineData("{{ t | date_fr: \"dddd d MMMM yyyy\" }}", "lundi 20 juin 2022")]
    [InlineData("{{ t | date_fr }}", "lundi 20 juin 2022")]
    [InlineData("{{ t | date_fr: \"time\" }}", "14 h 30")]
    [InlineData("{{ t | local | date: \"%H:%M\" }}", "14:30")]
    public async Task LiquidDateFiltersShowTheSitesZone(string template, string expected)
    {
        await using var host = await ContentEngineHost.StartAsync();

        var html = await host.InScopeAsync(async sp =>
        {
            var liquid = sp.GetRequiredService<LiquidTemplateManager>();
            var context = liquid.CreateContext(sp, null);
            context.SetValue("t", "2022-06-20T12:30:00Z");
            return await liquid.Parse(template).RenderAsync(context);
        });

        Assert.Equal(expected, html);
    }

    [Fact]
    public async Task LiquidDateFiltersFollowTheZoneOfTheSiteSettings()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await host.InScopeAsync(async sp =>
        {
            var settings = sp.GetRequiredService<SiteSettingsService>();
            var site = await settings.GetAsync();
            site.TimeZoneId = "America/New_York";
            await settings.SaveAsync(site);
        });

        var html = await host.InScopeAsync(async sp =>
        {
            var liquid = sp.GetRequiredService<LiquidTemplateManager>();
            var context = liquid.CreateContext(sp, null);
            context.SetValue("t", "2022-06-20T12:30:00Z");
            return await liquid.Parse("{{ t | date_fr: \"time\" }}").RenderAsync(context);
        });

        Assert.Equal("8 h 30", html);
    }
}
