using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Content;

public sealed class FieldValidationTests
{
    [Fact]
    public async Task ARequiredTextFieldLeftEmptyIsRefusedWithAFrenchMessageNamingIt()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await host.InScopeAsync(async sp =>
        {
            await TestDefinitions.AddArticleTypeAsync(sp);
            var manager = sp.GetRequiredService<ContentDefinitionManager>();
            var document = await manager.LoadForUpdateAsync();
            var room = document.ContentPartDefinitionRecords.Single(p => p.Name == "Article").ContentPartFieldDefinitionRecords.Single(f => f.Name == "Room");
            room.Settings = JsonNode.Parse("""{"ContentPartFieldSettings":{"DisplayName":"Salle"},"TextFieldSettings":{"Required":true}}""")!.AsObject();
            await manager.SaveAsync(document);
        });

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => ContentVersionTests.CreateArticleAsync(host, "Atelier"));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("Article.Room", failure.Member);
        Assert.Equal("Le champ « Salle » est obligatoire.", failure.Message);
    }

    [Fact]
    public async Task ADefinitionWithAnUnknownFieldTypeIsRefused()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<ContentDefinitionException>(() => host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentDefinitionManager>();
            var document = await manager.LoadForUpdateAsync();
            document.ContentPartDefinitionRecords.Add(new ContentPartDefinitionRecord
            {
                Name = "Session",
                ContentPartFieldDefinitionRecords = [new() { FieldName = "GeoPointField", Name = "Where" }],
            });
            await manager.SaveAsync(document);
        }));

        Assert.Contains("GeoPointField", error.Message, StringComparison.Ordinal);
    }
}
