namespace RencontresAict.Conference.Schedule;

/// <summary>The frab/c3voc schedule of an edition, built once and written as JSON or XML.</summary>
public sealed record FrabSchedule(
    string Version, string Acronym, string Title, DateOnly Start, DateOnly End, string TimeZoneId, string Url, string BaseUrl,
    IReadOnlyList<FrabTrack> Tracks, IReadOnlyList<FrabRoom> Rooms, IReadOnlyList<FrabDay> Days)
{
    public const string TimeslotDuration = "00:05";

    public const string JsonSchemaUrl = "https://c3voc.de/schedule/schema.json";
}
