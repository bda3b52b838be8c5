using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Content;

public sealed class ContentFieldIndexTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task EveryValueOfAManyValuedFieldGetsItsRowEvenPastOneStatementsWorth(string provider)
    {
        // 150 values: more rows than one multi-row INSERT carries, with nulls in the typed columns on both databases.
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var values = Enumerable.Range(1, 150).Select(i => $"mot {i:000}").ToArray();
        await host.InScopeAsync(async sp =>
        {
            await DefineNoteTypeAsync(sp);
            var manager = sp.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Note");
            item.GetOrCreatePart("Note")["Tags"] = new JsonObject { ["Values"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray()) };
            item.GetOrCreatePart("Note")["Score"] = new JsonObject { ["Value"] = 4.5m };
            await manager.CreateAsync(item, publish: true);
        });

        var (tags, score) = await host.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<DocumentSession>();
            var texts = await session.QueryAsync<string>(
                "SELECT Text FROM ContentFieldIndex WHERE ContentPart = 'Note' AND ContentField = 'Tags' AND Number IS NULL AND Date IS NULL ORDER BY Text");
            var number = await session.ExecuteScalarAsync<double>("SELECT Number FROM ContentFieldIndex WHERE ContentField = 'Score'");
            return (texts.ToArray(), number);
        });

        Assert.Equal(values, tags);
        Assert.Equal(4.5, score);
    }

    [Fact]
    public async Task ATypeExcludedFromTheFieldIndexGetsNoRowsAndLosesItsOldOnesWhenSavedAgain()
    {
        await using var host = await ContentEngineHost.StartAsync();
        var id = await host.InScopeAsync(async sp =>
        {
            await DefineNoteTypeAsync(sp);
            var manager = sp.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Note");
            item.GetOrCreatePart("Note")["Tags"] = new JsonObject { ["Values"] = new JsonArray("avant") };
            await manager.CreateAsync(item, publish: true);
            return item.ContentItemId;
        });
        var rowsBefore = await CountRowsAsync(host);

        await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentDefinitionManager>();
            var document = await manager.LoadForUpdateAsync();
            document.ContentTypeDefinitionRecords.Single(t => t.Name == "Note").Settings["ContentFieldIndexSettings"] = new JsonObject { ["Excluded"] = true };
            await manager.SaveAsync(document);
        });
        await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var item = (await manager.GetAsync(id, VersionOptions.Latest))!;
            item.GetOrCreatePart("Note")["Tags"] = new JsonObject { ["Values"] = new JsonArray("après") };
            await manager.UpdateAsync(item);
            var other = await manager.NewAsync("Note");
            other.GetOrCreatePart("Note")["Tags"] = new JsonObject { ["Values"] = new JsonArray("autre") };
            await manager.CreateAsync(other, publish: true);
        });

        Assert.Equal(2, rowsBefore); // Tags' one value, and Score (empty)
        Assert.Equal(0, await CountRowsAsync(host));
    }

    [Fact]
    public async Task TheThirteenthEditionsRecipeKeepsRegistrationsOutOfTheFieldIndexAndOutOfTheContentsMenu()
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "rencontres-aict-13.recipe.json")))!;
        var registration = recipe["steps"]!.AsArray().Where(s => (string?)s!["name"] == "ContentDefinition")
            .SelectMany(s => s!["ContentTypes"]!.AsArray()).Single(t => (string?)t!["Name"] == "Registration")!;

        Assert.True((bool?)registration["Settings"]!["ContentFieldIndexSettings"]!["Excluded"]);
        Assert.False((bool?)registration["Settings"]!["ContentTypeSettings"]!["Listable"]);
    }

    private static Task<long> CountRowsAsync(ContentEngineHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ContentFieldIndex WHERE ContentType = 'Note'"));

    private static async Task DefineNoteTypeAsync(IServiceProvider services)
    {
        var manager = services.GetRequiredService<ContentDefinitionManager>();
        var document = await manager.LoadForUpdateAsync();
        var settings = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Draftable"] = true } };
        document.ContentTypeDefinitionRecords.Add(new ContentTypeDefinitionRecord
        {
            Name = "Note", DisplayName = "Note", Settings = settings,
            ContentTypePartDefinitionRecords = [new() { PartName = "Note", Name = "Note" }],
        });
        document.ContentPartDefinitionRecords.Add(new ContentPartDefinitionRecord
        {
            Name = "Note",
            ContentPartFieldDefinitionRecords = [new() { FieldName = "MultiTextField", Name = "Tags" }, new() { FieldName = "NumericField", Name = "Score" }],
        });
        await manager.SaveAsync(document);
    }
}
