using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Metadata;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

[Trait("Dates", "ServerZone")]
public sealed class ContentApiTests
{
    [Fact]
    public async Task AnonymousCallerGetsThePublishedItemAsOrchardJson()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var item = await site.CreateClient().GetFromJsonAsync<JsonObject>($"/api/content/{ConferenceSeed.Opening}");

        Assert.Equal(["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published"], item!.Select(p => p.Key).Take(6));
        Assert.Equal("Ouverture des Rencontres", item!["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Equal("2022-06-20T07:30:00Z", item["Session"]!["StartsAt"]!["Value"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownIdsAndTypesGetProblemDetailsNeverAServerError()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient();

        using var unknownId = await client.GetAsync("/api/content/nope");
        using var draft = await client.GetAsync($"/api/content/{ConferenceSeed.Draft}");
        using var unknownType = await client.GetAsync("/api/content?type=Nope");
        using var badFilter = await client.GetAsync("/api/content?type=Session&Session.Nope=1");
        using var badDate = await client.GetAsync("/api/content?type=Session&Session.StartsAt_gt=demain");

        Assert.Equal(HttpStatusCode.NotFound, unknownId.StatusCode);
        Assert.Equal("application/problem+json", unknownId.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("ISO-8601", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListFiltersOnIndexedFieldsAndCapsTheTake()
    {
        await using var site = await ApiSite.StartAsync(settings: new Dictionary<string, string> { ["Api:MaxPageSize"] = "2" });
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient();

        var all = await client.GetFromJsonAsync<JsonObject>($"/api/content?type=Session&Session.Edition={ConferenceSeed.Edition}&take=500&orderBy=Session.StartsAt");
        var secondDay = await client.GetFromJsonAsync<JsonObject>("/api/content?type=Session&Session.StartsAt_gt=2022-06-21T00:00:00%2B02:00&orderBy=-Session.StartsAt");

        Assert.Equal(2, all!["take"]!.GetValue<int>());
        Assert.Equal([ConferenceSeed.Opening, ConferenceSeed.CountryPoints], Ids(all));
        Assert.Equal([ConferenceSeed.Cancelled, ConferenceSeed.WaterWorkshop], Ids(secondDay!));
    }

    [Fact]
    public async Task WritingWithoutATokenIsRefusedAndChangesNothing()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient();

        using var post = await client.PostAsJsonAsync("/api/content", new JsonObject { ["ContentType"] = "Session", ["TitlePart"] = new JsonObject { ["Title"] = "Intrus" } });
        using var delete = await client.DeleteAsync($"/api/content/{ConferenceSeed.Opening}");
        using var stillThere = await client.GetAsync($"/api/content/{ConferenceSeed.Opening}");

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal("Bearer", post.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task EditorTokenCreatesThenUpdatesAnItemWithArraysReplaced()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient(await site.GetTokenAsync("Editor"));

        var body = JsonNode.Parse(ConferenceSeed.Session("", "Atelier mobilités", "2022-06-21T09:00:00Z", "2022-06-21T10:00:00Z", speakers: [ConferenceSeed.Speaker, "autre"]))!.AsObject();
        body["AutoroutePart"] = new JsonObject { ["Path"] = "programme/atelier-mobilites" };
        using var created = await client.PostAsJsonAsync("/api/content", body);
        var item = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = item["ContentItemId"]!.GetValue<string>();
        using var updated = await client.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentItemId"] = id,
            ["Session"] = new JsonObject { ["Speakers"] = new JsonObject { ["ContentItemIds"] = new JsonArray("seul") } },
        });
        var live = await site.CreateClient().GetFromJsonAsync<JsonObject>($"/api/content/{id}");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(26, id.Length);
        Assert.StartsWith("client-", item["Owner"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(["seul"], live!["Session"]!["Speakers"]!["ContentItemIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("Atelier mobilités", live["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvalidItemGetsValidationProblemDetailsInFrench()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient(await site.GetTokenAsync("Editor"));

        using var response = await client.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Session", ["TitlePart"] = new JsonObject { ["Title"] = "Sans horaire" },
        });
        using var notJson = await client.PostAsync("/api/content", new StringContent("{ pas du json", System.Text.Encoding.UTF8, "application/json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Le contenu n'est pas valide.", problem["title"]!.GetValue<string>());
        Assert.Equal("Le champ « StartsAt » est obligatoire.", problem["errors"]!["Session.StartsAt"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task DraftPostedThroughTheApiStaysInvisibleToAnonymousCallers()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var editor = site.CreateClient(await site.GetTokenAsync("Editor"));

        using var response = await editor.PostAsJsonAsync("/api/content?draft=true", new JsonObject
        {
            ["ContentItemId"] = ConferenceSeed.Opening, ["TitlePart"] = new JsonObject { ["Title"] = "Ouverture (brouillon)" },
        });
        var anonymous = await site.CreateClient().GetFromJsonAsync<JsonObject>($"/api/content/{ConferenceSeed.Opening}");
        using var anonymousDrafts = await site.CreateClient().GetAsync("/api/content?type=Session&status=Draft");
        var editorDrafts = await editor.GetFromJsonAsync<JsonObject>("/api/content?type=Session&status=Draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ouverture des Rencontres", anonymous!["DisplayText"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousDrafts.StatusCode);
        Assert.Contains(ConferenceSeed.Opening, Ids(editorDrafts!));
    }

    [Fact]
    public async Task DeleteWithAnEditorTokenRemovesTheItem()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var editor = site.CreateClient(await site.GetTokenAsync("Editor"));
        var author = site.CreateClient(await site.GetTokenAsync("Author"));

        using var refused = await author.DeleteAsync($"/api/content/{ConferenceSeed.Opening}");
        using var deleted = await editor.DeleteAsync($"/api/content/{ConferenceSeed.Opening}");
        using var again = await editor.DeleteAsync($"/api/content/{ConferenceSeed.Opening}");
        using var gone = await site.CreateClient().GetAsync($"/api/content/{ConferenceSeed.Opening}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task RegistrationsAreNeverReturnedToCallersWithoutManageRegistrations()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var anonymous = site.CreateClient();
        var author = site.CreateClient(await site.GetTokenAsync("Author"));
        var editor = site.CreateClient(await site.GetTokenAsync("Editor"));

        using var anonymousGet = await anonymous.GetAsync($"/api/content/{ConferenceSeed.Registration}");
        using var anonymousList = await anonymous.GetAsync("/api/content?type=Registration");
        using var authorGet = await author.GetAsync($"/api/content/{ConferenceSeed.Registration}");
        using var editorGet = await editor.GetAsync($"/api/content/{ConferenceSeed.Registration}");

        Assert.Equal(HttpStatusCode.NotFound, anonymousGet.StatusCode);
        Assert.DoesNotContain("jeanne", await anonymousGet.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, authorGet.StatusCode);
        Assert.Contains("jeanne.martin@example.org", await editorGet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoApiClientCreatesChangesOrDeletesARegistrationEvenWithManageRegistrations()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var editor = site.CreateClient(await site.GetTokenAsync("Editor"));

        using var created = await editor.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Registration", ["Registration"] = new JsonObject { ["Email"] = new JsonObject { ["Text"] = "faux@example.org" } },
        });
        using var changed = await editor.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentItemId"] = ConferenceSeed.Registration, ["ContentType"] = "Registration",
            ["Registration"] = new JsonObject { ["Email"] = new JsonObject { ["Text"] = "autre@example.org" } },
        });
        using var deleted = await editor.DeleteAsync($"/api/content/{ConferenceSeed.Registration}");
        using var read = await editor.GetAsync($"/api/content/{ConferenceSeed.Registration}");

        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deleted.StatusCode);
        Assert.Contains("jeanne.martin@example.org", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATypeMarkedAsHoldingPersonalDataIsHiddenFromTheApiWhateverItsName()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<ContentDefinitionManager>();
            var document = await definitions.LoadForUpdateAsync();
            document.ContentTypeDefinitionRecords.Single(t => t.Name == "Speaker").Settings["PersonalDataSettings"] =
                new JsonObject { ["HoldsPersonalData"] = true, ["Permission"] = "ManageRegistrations" };
            await definitions.SaveAsync(document);
        });
        var anonymous = site.CreateClient();
        var editor = site.CreateClient(await site.GetTokenAsync("Editor"));

        using var one = await anonymous.GetAsync($"/api/content/{ConferenceSeed.Speaker}");
        using var list = await anonymous.GetAsync("/api/content?type=Speaker");
        using var graph = await anonymous.GetAsync($"/api/graphql?query={Uri.EscapeDataString($$"""{ contentItem(contentItemId: "{{ConferenceSeed.Speaker}}") { displayText } speaker { displayText } }""")}");
        using var holder = await editor.GetAsync($"/api/content/{ConferenceSeed.Speaker}");

        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, list.StatusCode);
        Assert.DoesNotContain("Rebsamen", await graph.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, holder.StatusCode);
    }

    [Fact]
    public async Task TokenEndpointRefusesAWrongSecretAndAnUnknownGrant()
    {
        await using var site = await ApiSite.StartAsync();
        await site.GetTokenAsync("Editor");
        var client = site.CreateClient();

        using var wrong = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "nobody", ["client_secret"] = "x",
        }));
        using var password = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }));
        using var forged = site.CreateClient("eyJhbGciOiJIUzI1NiJ9.eyJjbGllbnRfaWQiOiJ4In0.c2lnbmF0dXJl").PostAsJsonAsync("/api/content", new JsonObject());

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("invalid_client", (await wrong.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged).StatusCode);
    }

    private static List<string> Ids(JsonObject page) =>
        page["items"]!.AsArray().Select(i => i!["ContentItemId"]!.GetValue<string>()).ToList();
}
