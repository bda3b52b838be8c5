using System.Globalization;

namespace RencontresAict.Conference.Schedule;

/// <summary>One session in the frab/c3voc shape; instants carry the edition's offset.</summary>
public sealed record FrabEvent(
    string Guid, long Id, DateTimeOffset Start, DateTimeOffset End, string Room, string Slug, string Url, string Title,
    string? Track, string Type, string Language, string Abstract, IReadOnlyList<FrabPerson> Persons)
{
    /// <summary>"hh:mm", as both schemas want (H:MM or more hours digits).</summary>
    public string Duration
    {
        get
        {
            var length = End - Start;
            return string.Create(CultureInfo.InvariantCulture, $"{(int)length.TotalHours:00}:{length.Minutes:00}");
        }
    }
}
