using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Recipes.Export;

namespace RencontresAict.Tests.Admin;

public sealed class ContentTypeEditingTests
{
    private const string SessionType = "/admin/content-types/Session";

    [Fact]
    public async Task AFieldAddedRenamedAndMovedInTheAdminIsExportedInTheRecipe()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();

        var added = await AdminSite.PostAsync(client, SessionType + "?handler=AddField", new() { ["fieldType"] = "TextField", ["technicalName"] = "Language", ["displayName"] = "Langue" }, SessionType);
        var renamed = await AdminSite.PostAsync(client, SessionType + "?handler=RenameField", new() { ["part"] = "Session", ["field"] = "Room", ["displayName"] = "Salle ou espace" }, SessionType);
        var moved = await AdminSite.PostAsync(client, SessionType + "?handler=MoveField", new() { ["part"] = "Session", ["field"] = "Language", ["direction"] = "-1" }, SessionType);
        var type = await AdminSite.PostAsync(client, SessionType + "?handler=RenameType", new() { ["displayName"] = "Séance" }, SessionType);
        var export = await site.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync());

        Assert.All([added, renamed, moved, type], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var definition = export.Recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "ContentDefinition")!;
        var fields = definition["ContentParts"]!.AsArray().Single(p => (string?)p!["Name"] == "Session")!["ContentPartFieldDefinitionRecords"]!.AsArray();
        var ordered = fields.OrderBy(f => int.Parse((string)f!["Settings"]!["ContentPartFieldSettings"]!["Position"]!, System.Globalization.CultureInfo.InvariantCulture))
            .Select(f => (string)f!["Name"]!).ToList();
        Assert.Equal("Language", ordered[^2]);
        Assert.Equal("Cancelled", ordered[^1]);
        Assert.Equal("Salle ou espace", JsonPaths.GetString(fields.Single(f => (string?)f!["Name"] == "Room"), "Settings", "ContentPartFieldSettings", "DisplayName"));
        Assert.Equal("Séance", (string?)definition["ContentTypes"]!.AsArray().Single(t => (string?)t!["Name"] == "Session")!["DisplayName"]);
        var editor = await AdminSite.GetPageAsync(client, "/admin/contents/Session/edit/" + AdminSite.SessionId);
        Assert.Equal("Langue", editor.QuerySelector("label[for=f_Session_Language]")!.TextContent);
    }

    [Fact]
    public async Task ABadTechnicalNameOrAnExistingFieldIsRefusedWithAMessage()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();

        var bad = await AdminSite.PostAsync(client, SessionType + "?handler=AddField", new() { ["fieldType"] = "TextField", ["technicalName"] = "../x", ["displayName"] = "X" }, SessionType);
        var twice = await AdminSite.PostAsync(client, SessionType + "?handler=AddField", new() { ["fieldType"] = "TextField", ["technicalName"] = "room", ["displayName"] = "X" }, SessionType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("existe déjà", (await AdminSite.ParseAsync(twice)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
