using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Metadata;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

[Trait("Dates", "ServerZone")]
public sealed class GraphQLTests
{
    [Fact]
    public async Task SessionsAreFilteredOrderedAndLimited()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var (status, body) = await site.CreateClient().QueryAsync($$"""
            { session(where: { edition: "{{ConferenceSeed.Edition}}", startsAt_gt: "2022-06-20T12:00:00+02:00", displayText_contains: "a" },
                      orderBy: { startsAt: DESC }, first: 2) {
                contentItemId displayText startsAt room format { termContentItemIds termContentItems { displayText } } } }
            """);

        Assert.Equal(200, status);
        var sessions = body["data"]!["session"]!.AsArray();
        Assert.Equal([ConferenceSeed.Cancelled, ConferenceSeed.WaterWorkshop], sessions.Select(s => s!["contentItemId"]!.GetValue<string>()));
        Assert.Equal("Salle Louis Armand", sessions[1]!["room"]!.GetValue<string>());
        Assert.Equal("Atelier thématique", sessions[1]!["format"]!["termContentItems"]![0]!["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task PickedItemsResolveToTheirOwnTypes()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var (status, body) = await site.CreateClient().QueryAsync($$"""
            { session(where: { contentItemId: "{{ConferenceSeed.Opening}}" }) {
                titlePart { title } autoroutePart { path }
                speakers { contentItemIds contentItems { contentType ... on Speaker { displayText organisation functions } } }
                edition { contentItems { ... on Edition { number venue { contentItems { ... on Venue { city latitude } } } } } } } }
            """);

        Assert.Equal(200, status);
        var session = body["data"]!["session"]![0]!;
        Assert.Equal("Ouverture des Rencontres", session["titlePart"]!["title"]!.GetValue<string>());
        var speaker = session["speakers"]!["contentItems"]![0]!;
        Assert.Equal("Speaker", speaker["contentType"]!.GetValue<string>());
        Assert.Equal("Cités Unies France", speaker["organisation"]!.GetValue<string>());
        Assert.Equal("Président de Cités Unies France", speaker["functions"]![0]!.GetValue<string>());
        var edition = session["edition"]!["contentItems"]![0]!;
        Assert.Equal(13m, edition["number"]!.GetValue<decimal>());
        Assert.Equal("Paris", edition["venue"]!["contentItems"]![0]!["city"]!.GetValue<string>());
    }

    [Fact]
    public async Task QueriesDeeperThanTheLimitAreRefusedWith400()
    {
        await using var site = await ApiSite.StartAsync();
        var ofTypes = string.Concat(Enumerable.Repeat("ofType { ", 22)) + "name" + new string('}', 22);

        var (status, body) = await site.CreateClient().QueryAsync("{ __schema { types { fields { type { " + ofTypes + " } } } } }");

        Assert.Equal(400, status);
        Assert.Contains("depth", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MalformedAndEmptyQueriesAreRefusedWith400AndErrors()
    {
        await using var site = await ApiSite.StartAsync();
        var client = site.CreateClient();

        var malformed = await client.QueryAsync("{ session { ");
        var unknownField = await client.QueryAsync("{ nope }");
        using var empty = await client.PostAsync("/api/graphql", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var notJson = await client.PostAsync("/api/graphql", new StringContent("pas du json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(400, malformed.Status);
        Assert.NotEmpty(malformed.Body["errors"]!.AsArray());
        Assert.Equal(400, unknownField.Status);
        Assert.Equal(400, (int)empty.StatusCode);
        Assert.Equal(400, (int)notJson.StatusCode);
        Assert.NotNull((await notJson.Content.ReadFromJsonAsync<JsonObject>())!["errors"]);
    }

    [Fact]
    public async Task AHugeFirstIsCappedAtTheMaximumNumberOfResults()
    {
        await using var site = await ApiSite.StartAsync(settings: new Dictionary<string, string> { ["Api:GraphQLMaxNumberOfResults"] = "2" });
        await ConferenceSeed.SeedAsync(site);

        var (status, body) = await site.CreateClient().QueryAsync("{ session(first: 1000000) { contentItemId } }");

        Assert.Equal(200, status);
        Assert.Equal(2, body["data"]!["session"]!.AsArray().Count);
    }

    [Fact]
    public async Task DraftsAreInvisibleAnonymouslyAndVisibleWithAnEditorToken()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        const string query = "{ session(status: DRAFT) { contentItemId } }";

        var anonymousList = await site.CreateClient().QueryAsync("{ session { contentItemId } }");
        var anonymousDrafts = await site.CreateClient().QueryAsync(query);
        var editorDrafts = await site.CreateClient(await site.GetTokenAsync("Editor")).QueryAsync(query);

        Assert.DoesNotContain(ConferenceSeed.Draft, anonymousList.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(anonymousDrafts.Body["data"]!["session"]);
        Assert.Contains("PreviewContent", anonymousDrafts.Body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(ConferenceSeed.Draft, editorDrafts.Body["data"]!["session"]![0]!["contentItemId"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegistrationFieldsAreNeverReturnedAnonymously()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var anonymous = site.CreateClient();

        var list = await anonymous.QueryAsync("{ registration { displayText email } }");
        var single = await anonymous.QueryAsync($$"""{ contentItem(contentItemId: "{{ConferenceSeed.Registration}}") { displayText ... on Registration { email } } }""");
        var admin = await site.CreateClient(await site.GetTokenAsync("Administrator")).QueryAsync("{ registration { email } }");

        Assert.Null(list.Body["data"]!["registration"]);
        Assert.NotEmpty(list.Body["errors"]!.AsArray());
        Assert.Null(single.Body["data"]!["contentItem"]);
        Assert.DoesNotContain("jeanne", list.Body.ToJsonString() + single.Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("jeanne.martin@example.org", admin.Body["data"]!["registration"]![0]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSchemaFollowsContentDefinitionChanges()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient();
        var before = await client.QueryAsync("{ __type(name: \"Session\") { fields { name } } }");

        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<ContentDefinitionManager>();
            var document = await definitions.LoadForUpdateAsync();
            document.ContentPartDefinitionRecords.Find(p => p.Name == "Session")!.ContentPartFieldDefinitionRecords
                .Add(new ContentPartFieldDefinitionRecord { FieldName = "TextField", Name = "Language" });
            await definitions.SaveAsync(document);
        });
        var after = await client.QueryAsync("{ __type(name: \"Session\") { fields { name } } }");

        Assert.DoesNotContain("\"language\"", before.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"language\"", after.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWithAQueryStringIsAnsweredToo()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var body = await site.CreateClient().GetFromJsonAsync<JsonObject>("/api/graphql?query=" + Uri.EscapeDataString("{ edition { displayText number } }"));

        Assert.Equal(13m, body!["data"]!["edition"]![0]!["number"]!.GetValue<decimal>());
    }
}
