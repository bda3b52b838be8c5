using System.Globalization;
using System.Text;
using System.Xml;

namespace RencontresAict.Conference.Schedule;

/// <summary>Writes schedule.xml as the voc/schedule XSD describes it (application/vnd.c3voc.schedule+xml).</summary>
public static class FrabScheduleXmlWriter
{
    public const string ContentType = "application/xml; charset=utf-8";

    public static byte[] Write(FrabSchedule schedule, string scheduleUrl)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("schedule");
            xml.WriteStartElement("generator");
            xml.WriteAttributeString("name", "rencontres-aict");
            xml.WriteAttributeString("version", "1.0");
            xml.WriteEndElement();
            xml.WriteElementString("url", scheduleUrl);
            xml.WriteElementString("version", schedule.Version);
            WriteConference(xml, schedule);
            foreach (var day in schedule.Days)
            {
                xml.WriteStartElement("day");
                xml.WriteAttributeString("index", day.Index.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("date", FrabScheduleJsonWriter.Date(day.Date));
                xml.WriteAttributeString("start", FrabScheduleJsonWriter.DateTime(day.Start));
                xml.WriteAttributeString("end", FrabScheduleJsonWriter.DateTime(day.End));
                foreach (var room in day.Rooms)
                {
                    xml.WriteStartElement("room");
                    xml.WriteAttributeString("name", room.Room.Name);
                    xml.WriteAttributeString("guid", room.Room.Guid);
                    foreach (var evt in room.Events)
                    {
                        WriteEvent(xml, evt);
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteConference(XmlWriter xml, FrabSchedule schedule)
    {
        xml.WriteStartElement("conference");
        xml.WriteElementString("title", schedule.Title);
        xml.WriteElementString("acronym", schedule.Acronym);
        xml.WriteElementString("start", FrabScheduleJsonWriter.Date(schedule.Start));
        xml.WriteElementString("end", FrabScheduleJsonWriter.Date(schedule.End));
        xml.WriteElementString("days", schedule.Days.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("timeslot_duration", FrabSchedule.TimeslotDuration);
        xml.WriteElementString("base_url", schedule.BaseUrl);
        xml.WriteElementString("url", schedule.Url);
        xml.WriteElementString("time_zone_name", schedule.TimeZoneId);
        foreach (var track in schedule.Tracks)
        {
            xml.WriteStartElement("track");
            xml.WriteAttributeString("name", track.Name);
            xml.WriteAttributeString("slug", track.Slug);
            xml.WriteString(track.Name);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteEvent(XmlWriter xml, FrabEvent evt)
    {
        xml.WriteStartElement("event");
        xml.WriteAttributeString("guid", evt.Guid);
        xml.WriteAttributeString("id", evt.Id.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("room", evt.Room);
        xml.WriteElementString("title", evt.Title);
        xml.WriteElementString("type", evt.Type);
        xml.WriteElementString("date", FrabScheduleJsonWriter.DateTime(evt.Start));
        xml.WriteElementString("start", evt.Start.ToString("HH:mm", CultureInfo.InvariantCulture));
        xml.WriteElementString("duration", evt.Duration);
        xml.WriteElementString("abstract", evt.Abstract);
        xml.WriteElementString("slug", evt.Slug);
        xml.WriteElementString("track", evt.Track ?? "");
        xml.WriteStartElement("persons");
        foreach (var person in evt.Persons)
        {
            xml.WriteStartElement("person");
            xml.WriteAttributeString("guid", person.Guid);
            xml.WriteString(person.Name);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteElementString("language", evt.Language);
        xml.WriteStartElement("links");
        xml.WriteEndElement();
        xml.WriteElementString("url", evt.Url);
        xml.WriteEndElement();
    }
}
