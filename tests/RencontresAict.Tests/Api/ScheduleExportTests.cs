using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Json.Schema;
using RencontresAict.Conference.Schedule;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

[Trait("Dates", "ServerZone")]
public sealed class ScheduleExportTests
{
    private static readonly string _dataFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "voc-schedule");

    // JsonSchema.Net registers a schema by its $id once per process, so it is read once.
    private static readonly Lazy<JsonSchema> _schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(_dataFolder, "schema.json"))));

    [Fact]
    public void TheSchemaValidatorAcceptsPretalxsExampleAndRejectsAnEventWithoutGuid()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(_dataFolder, "pretalx-democon.json")))!;

        Assert.True(Validate(example).IsValid);
        var firstEvent = example["schedule"]!["conference"]!["days"]!.AsArray()
            .SelectMany(d => d!["rooms"]!.AsObject().SelectMany(r => r.Value!.AsArray())).First()!.AsObject();
        firstEvent.Remove("guid");
        Assert.False(Validate(example).IsValid);
    }

    [Fact]
    public async Task ScheduleJsonIsValidAgainstTheVocScheduleJsonSchema()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        using var response = await site.CreateClient().GetAsync("/schedule.json");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var results = Validate(json);
        Assert.True(results.IsValid, JsonSerializer.Serialize(results));
        var conference = json["schedule"]!["conference"]!;
        Assert.Equal("aict13", conference["acronym"]!.GetValue<string>());
        Assert.Equal("Europe/Paris", conference["time_zone_name"]!.GetValue<string>());
        Assert.Equal(2, conference["daysCount"]!.GetValue<int>());
        var firstDay = conference["days"]![0]!;
        Assert.Equal("2022-06-20T09:30:00+02:00", firstDay["day_start"]!.GetValue<string>());
        Assert.Equal("2022-06-20T16:00:00+02:00", firstDay["day_end"]!.GetValue<string>());
        var opening = firstDay["rooms"]!["Amphithéâtre Gaston Berger"]![0]!;
        Assert.Equal(NameBasedUuid.ForItem(ConferenceSeed.Opening), opening["guid"]!.GetValue<string>());
        Assert.Equal("2022-06-20T09:30:00+02:00", opening["date"]!.GetValue<string>());
        Assert.Equal("01:00", opening["duration"]!.GetValue<string>());
        Assert.Equal("Conférence plénière", opening["track"]!.GetValue<string>());
        Assert.Equal("aict13-session-ouverture", opening["slug"]!.GetValue<string>());
        Assert.Equal("François Rebsamen", opening["persons"]![0]!["name"]!.GetValue<string>());
        // A session without a room is listed in the venue's room; a cancelled one is left out.
        Assert.Equal("Points pays", firstDay["rooms"]!["Cité des Sciences et de l'Industrie"]![0]!["title"]!.GetValue<string>());
        Assert.DoesNotContain("Table ronde annulée", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduleXmlIsValidAgainstTheVocScheduleXsd()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var xml = await site.CreateClient().GetStringAsync("/schedule.xml");

        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(null, Path.Combine(_dataFolder, "schedule.xml.xsd"));
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
        var document = XDocument.Parse(xml);
        var events = document.Descendants("event").ToList();
        Assert.Equal(3, events.Count);
        Assert.Equal(2, document.Descendants("day").Count());
        Assert.All(events, e => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+02:00$", e.Element("date")!.Value));
    }

    [Fact]
    public void NameBasedUuidsFollowRfc4122Version5()
    {
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal("886313e1-3b8a-5372-9b90-0c9aee199e5d", NameBasedUuid.Create(dns, "python.org").ToString());
        Assert.Equal(NameBasedUuid.ForItem("session-ouverture"), NameBasedUuid.ForItem("session-ouverture"));
    }

    private static EvaluationResults Validate(JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return _schema.Value.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }
}
