using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Tests.Content;

[Trait("Dates", "ServerZone")]
public sealed class ContentItemJsonTests
{
    [Fact]
    public void WellKnownPropertiesAreWrittenInOrchardsOrderBeforeTheParts()
    {
        var item = new ContentItem
        {
            ContentItemId = "4a13ed1t0n0000000000000000", ContentItemVersionId = "4a13ed1t0nv000000000000000",
            ContentType = "Edition", DisplayText = "Rencontres", Latest = true, Published = true,
            CreatedUtc = new DateTime(2022, 4, 1, 8, 0, 0, DateTimeKind.Utc), Author = "admin",
        };
        item.GetOrCreatePart("TitlePart")["Title"] = "Rencontres";

        var names = JsonNode.Parse(JsonSerializer.Serialize(item, ContentJson.Options))!.AsObject().Select(p => p.Key).ToArray();

        Assert.Equal(
            ["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "ModifiedUtc",
             "PublishedUtc", "CreatedUtc", "Owner", "Author", "TitlePart"],
            names);
    }

    [Fact]
    public void TopLevelScalarsThatAreNotWellKnownAreDroppedAsOrchardDropsThem()
    {
        var item = JsonSerializer.Deserialize<ContentItem>(
            """{"ContentItemId":"x","ContentType":"Page","Displaytext":"Footer","TitlePart":{"Title":"Footer"}}""", ContentJson.Options)!;

        Assert.Null(item.DisplayText);
        Assert.False(item.Content.ContainsKey("Displaytext"));
        Assert.Equal("Footer", item.GetText("TitlePart", "Title"));
    }

    [Fact]
    public void DatesRoundTripAsIsoUtc()
    {
        var json = """{"ContentItemId":"x","ContentType":"Page","CreatedUtc":"2022-06-20T12:30:00Z"}""";

        var item = JsonSerializer.Deserialize<ContentItem>(json, ContentJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(item, ContentJson.Options))!["CreatedUtc"]!.GetValue<string>();

        Assert.Equal(DateTimeKind.Utc, item.CreatedUtc!.Value.Kind);
        Assert.Equal("2022-06-20T12:30:00Z", written);
    }

    [Fact]
    public void GeneratedIdsAreTwentySixCharactersOfOrchardsAlphabetAndDistinct()
    {
        var generator = new IdGenerator();

        var ids = Enumerable.Range(0, 1000).Select(_ => generator.GenerateUniqueId()).ToList();

        Assert.All(ids, id => Assert.True(IdGenerator.IsValid(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
