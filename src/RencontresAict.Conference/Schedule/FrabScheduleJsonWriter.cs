using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RencontresAict.Conference.Schedule;

/// <summary>Writes schedule.json as the voc/schedule JSON schema (draft-06) describes it.</summary>
public static class FrabScheduleJsonWriter
{
    public const string ContentType = "application/json; charset=utf-8";

    public static byte[] Write(FrabSchedule schedule)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", FrabSchedule.JsonSchemaUrl);
            json.WriteStartObject("generator");
            json.WriteString("name", "rencontres-aict");
            json.WriteString("version", "1.0");
            json.WriteEndObject();
            json.WriteStartObject("schedule");
            json.WriteString("version", schedule.Version);
            json.WriteString("base_url", schedule.BaseUrl);
            WriteConference(json, schedule);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteConference(Utf8JsonWriter json, FrabSchedule schedule)
    {
        json.WriteStartObject("conference");
        json.WriteString("acronym", schedule.Acronym);
        json.WriteString("title", schedule.Title);
        json.WriteString("start", Date(schedule.Start));
        json.WriteString("end", Date(schedule.End));
        json.WriteNumber("daysCount", schedule.Days.Count);
        json.WriteString("timeslot_duration", FrabSchedule.TimeslotDuration);
        json.WriteString("time_zone_name", schedule.TimeZoneId);
        json.WriteString("url", schedule.Url);
        json.WriteStartArray("tracks");
        foreach (var track in schedule.Tracks)
        {
            json.WriteStartObject();
            json.WriteString("name", track.Name);
            json.WriteString("slug", track.Slug);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rooms");
        foreach (var room in schedule.Rooms)
        {
            json.WriteStartObject();
            json.WriteString("name", room.Name);
            json.WriteString("slug", room.Slug);
            json.WriteString("guid", room.Guid);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("days");
        foreach (var day in schedule.Days)
        {
            json.WriteStartObject();
            json.WriteNumber("index", day.Index);
            json.WriteString("date", Date(day.Date));
            json.WriteString("day_start", DateTime(day.Start));
            json.WriteString("day_end", DateTime(day.End));
            json.WriteStartObject("rooms");
            foreach (var room in day.Rooms)
            {
                json.WriteStartArray(room.Room.Name);
                foreach (var evt in room.Events)
                {
                    WriteEvent(json, evt);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, FrabEvent evt)
    {
        json.WriteStartObject();
        json.WriteString("guid", evt.Guid);
        json.WriteNumber("id", evt.Id);
        json.WriteString("date", DateTime(evt.Start));
        json.WriteString("start", evt.Start.ToString("HH:mm", CultureInfo.InvariantCulture));
        json.WriteString("end", DateTime(evt.End));
        json.WriteString("duration", evt.Duration);
        json.WriteString("room", evt.Room);
        json.WriteString("slug", evt.Slug);
        json.WriteString("url", evt.Url);
        json.WriteString("title", evt.Title);
        json.WriteNull("subtitle");
        if (evt.Track is null)
        {
            json.WriteNull("track");
        }
        else
        {
            json.WriteString("track", evt.Track);
        }

        json.WriteString("type", evt.Type);
        json.WriteString("language", evt.Language);
        json.WriteString("abstract", evt.Abstract);
        json.WriteStartArray("persons");
        foreach (var person in evt.Persons)
        {
            json.WriteStartObject();
            json.WriteString("name", person.Name);
            json.WriteString("guid", person.Guid);
            if (person.Url is not null)
            {
                json.WriteString("url", person.Url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("links");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string DateTime(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
