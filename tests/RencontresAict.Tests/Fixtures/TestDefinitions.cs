using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Tests.Fixtures;

/// <summary>Small content definitions for engine tests: an Article with a title, a route and a few fields.</summary>
public static class TestDefinitions
{
    public static async Task AddArticleTypeAsync(IServiceProvider services, string pattern = "{{ ContentItem | display_text | slugify }}")
    {
        var manager = services.GetRequiredService<ContentDefinitionManager>();
        var document = await manager.LoadForUpdateAsync();
        document.ContentTypeDefinitionRecords.Add(new ContentTypeDefinitionRecord
        {
            Name = "Article",
            DisplayName = "Article",
            Settings = JsonNode.Parse("""{"ContentTypeSettings":{"Creatable":true,"Draftable":true,"Versionable":true}}""")!.AsObject(),
            ContentTypePartDefinitionRecords =
            [
                new() { PartName = "TitlePart", Name = "TitlePart" },
                new()
                {
                    PartName = "AutoroutePart", Name = "AutoroutePart",
                    Settings = new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = pattern } },
                },
                new() { PartName = "HtmlBodyPart", Name = "HtmlBodyPart" },
                new() { PartName = "Article", Name = "Article" },
            ],
        });
        document.ContentPartDefinitionRecords.Add(new ContentPartDefinitionRecord
        {
            Name = "Article",
            ContentPartFieldDefinitionRecords =
            [
                new() { FieldName = "TextField", Name = "Room" },
                new() { FieldName = "DateTimeField", Name = "StartsAt" },
            ],
        });
        await manager.SaveAsync(document);
    }
}
