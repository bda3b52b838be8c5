using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Recipes;

[Trait("Dates", "ServerZone")]
public sealed class ContentDefinitionStepTests
{
    private const string SessionType = """
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Session", "DisplayName": "Session",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "Session", "Name": "Session" } ] } ],
          "ContentParts": [ { "Name": "Session",
              "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Room", "Settings": { "TextFieldSettings": { "Hint": "Salle" } } } ] } ] }
        """;

    [Fact]
    public async Task TypesPartsAndFieldsAreCreated()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RunStepsAsync(host, SessionType);

        var (type, part) = await LoadAsync(host, "Session");
        Assert.Equal("Session", type!.DisplayName);
        Assert.Equal(["TitlePart", "Session"], type.ContentTypePartDefinitionRecords.Select(p => p.Name));
        Assert.Equal(true, JsonPaths.GetBoolean(type.Settings, "ContentTypeSettings", "Listable"));
        Assert.Equal("Salle", JsonPaths.GetString(part!.ContentPartFieldDefinitionRecords.Single().Settings, "TextFieldSettings", "Hint"));
    }

    [Fact]
    public async Task ASecondDefinitionMergesAndNeverRemoves()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RunStepsAsync(host, SessionType, """
            { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Session", "DisplayName": "Séance",
                  "Settings": { "ContentTypeSettings": { "Listable": false, "Draftable": true } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "AutoroutePart", "Name": "AutoroutePart" } ] } ],
              "ContentParts": [ { "Name": "Session",
                  "ContentPartFieldDefinitionRecords": [ { "FieldName": "DateTimeField", "Name": "StartsAt" },
                                                         { "FieldName": "TextField", "Name": "Room", "Settings": { "TextFieldSettings": { "Required": true } } } ] } ] }
            """);

        var (type, part) = await LoadAsync(host, "Session");
        Assert.Equal("Séance", type!.DisplayName);
        Assert.Equal(["TitlePart", "Session", "AutoroutePart"], type.ContentTypePartDefinitionRecords.Select(p => p.Name));
        Assert.Equal(true, JsonPaths.GetBoolean(type.Settings, "ContentTypeSettings", "Creatable"));
        Assert.Equal(false, JsonPaths.GetBoolean(type.Settings, "ContentTypeSettings", "Listable"));
        Assert.Equal(["Room", "StartsAt"], part!.ContentPartFieldDefinitionRecords.Select(f => f.Name));
        var room = part.ContentPartFieldDefinitionRecords[0].Settings;
        Assert.Equal("Salle", JsonPaths.GetString(room, "TextFieldSettings", "Hint"));
        Assert.Equal(true, JsonPaths.GetBoolean(room, "TextFieldSettings", "Required"));
    }

    [Fact]
    public async Task TypeSettingsAreMergedOnlyWhenTheRecordHasADisplayName()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RunStepsAsync(host, SessionType, """
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Session",
                "Settings": { "ContentTypeSettings": { "Listable": false } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" } ] } ] }
            """);

        var (type, _) = await LoadAsync(host, "Session");
        Assert.Equal("Session", type!.DisplayName);
        Assert.Equal(true, JsonPaths.GetBoolean(type.Settings, "ContentTypeSettings", "Listable"));
        Assert.Contains(type.ContentTypePartDefinitionRecords, p => p.Name == "HtmlBodyPart");
    }

    [Fact]
    public async Task RunningTheSameDefinitionTwiceChangesNothing()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RunStepsAsync(host, SessionType);
        var before = await RecipeFiles.DocumentsAsync(host);

        await RunStepsAsync(host, SessionType);

        Assert.Equal(before, await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task AnEmptyPartNameIsRefusedAtItsPath()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunStepsAsync(host, """
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Session", "DisplayName": "Session",
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart" }, { "PartName": "", "Name": "Oops" } ] } ] }
            """));

        Assert.Contains("step 0 (ContentDefinition): $.steps[0].ContentTypes[0].ContentTypePartDefinitionRecords[1].PartName:", error.Message, StringComparison.Ordinal);
        Assert.Empty(await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task AnEmptyFieldNameIsRefusedAtItsPath()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunStepsAsync(host, """
            { "name": "ContentDefinition", "ContentParts": [ { "Name": "Session",
                "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": " " } ] } ] }
            """));

        Assert.Contains("$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[0].Name:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFieldOfUnknownTypeFailsNamingItsPathAndStoresNothing()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await RunStepsAsync(host, SessionType);
        var before = await RecipeFiles.DocumentsAsync(host);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunStepsAsync(host,
            """{ "name": "Settings", "SiteName": "Changé" }""",
            """
            { "name": "ContentDefinition", "ContentParts": [ { "Name": "Session",
                "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Track" }, { "FieldName": "ColorField", "Name": "Colour" } ] } ] }
            """));

        Assert.EndsWith(
            "test.recipe.json: step 1 (ContentDefinition): $.steps[1].ContentParts[0].ContentPartFieldDefinitionRecords[1].FieldName: "
            + "Field 'Session.Colour' has unknown field type 'ColorField'.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RecipeFiles.DocumentsAsync(host));
    }

    [Fact]
    public async Task AnUnknownPartIsRefusedAtItsPath()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunStepsAsync(host, """
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Page", "DisplayName": "Page",
                "ContentTypePartDefinitionRecords": [ { "PartName": "SeoMetaPart" } ] } ] }
            """));

        Assert.Contains("$.steps[0].ContentTypes[0].ContentTypePartDefinitionRecords[0].PartName: Content type 'Page' uses unknown part 'SeoMetaPart'.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceContentDefinitionReplacesWholeRecords()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RunStepsAsync(host, SessionType, """
            { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "Session", "DisplayName": "Séance",
                  "ContentTypePartDefinitionRecords": [ { "PartName": "Session", "Name": "Session" } ] } ],
              "ContentParts": [ { "Name": "Session", "ContentPartFieldDefinitionRecords": [ { "FieldName": "DateTimeField", "Name": "StartsAt" } ] } ] }
            """);

        var (type, part) = await LoadAsync(host, "Session");
        Assert.Equal("Séance", type!.DisplayName);
        Assert.Empty(type.Settings);
        Assert.Equal(["Session"], type.ContentTypePartDefinitionRecords.Select(p => p.Name));
        Assert.Equal(["StartsAt"], part!.ContentPartFieldDefinitionRecords.Select(f => f.Name));
    }

    [Fact]
    public async Task DeleteContentDefinitionRemovesTypesAndPartsFromTypesUsingThem()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RunStepsAsync(host, SessionType, """
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Speaker", "DisplayName": "Intervenant",
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart" }, { "PartName": "Session", "Name": "Session" } ] } ] }
            """, """{ "name": "DeleteContentDefinition", "ContentTypes": ["Session", "NotDefined"], "ContentParts": ["Session"] }""");

        var (session, part) = await LoadAsync(host, "Session");
        var (speaker, _) = await LoadAsync(host, "Speaker");
        Assert.Null(session);
        Assert.Null(part);
        Assert.Equal(["TitlePart"], speaker!.ContentTypePartDefinitionRecords.Select(p => p.Name));
    }

    private static Task<RecipeExecutionResult> RunStepsAsync(ContentEngineHost host, params string[] steps) =>
        RecipeFiles.RunAsync(host, $$"""{ "steps": [ {{string.Join(",", steps)}} ] }""");

    private static Task<(ContentTypeDefinitionRecord? Type, ContentPartDefinitionRecord? Part)> LoadAsync(ContentEngineHost host, string name) =>
        host.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<ContentDefinitionManager>();
            return (await definitions.GetTypeDefinitionAsync(name), await definitions.GetPartDefinitionAsync(name));
        });
}
