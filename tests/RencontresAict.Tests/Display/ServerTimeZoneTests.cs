using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

/// <summary>Changes the process's local time zone (TZ), which no page may depend on; runs alone.</summary>
[Collection(nameof(ServerTimeZoneTests))]
[Trait("Dates", "ServerZone")]
public sealed class ServerTimeZoneTests
{
    [Theory]
    [InlineData("America/New_York")]
    [InlineData("UTC")]
    [InlineData("Asia/Tokyo")]
    public async Task ProgrammeShowsParisTimeWhateverTheServersTimeZone(string serverZone)
    {
        var previous = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", serverZone);
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.Equal(serverZone, TimeZoneInfo.Local.Id);
            await using var site = await SiteFactory.StartAsync();

            var page = await site.GetOkPageAsync("/programme");

            var first = page.QuerySelector("li.slot .slot-time")!;
            Assert.Equal("14 h 30 – 16 h 00", first.TextContent.Trim());
            Assert.Equal("2022-06-20T14:30:00+02:00", first.QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Equal("Lundi 20 juin 2022", page.QuerySelector("section.day h2")!.TextContent.Trim());
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
