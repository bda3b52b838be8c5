using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

/// <summary>
/// TEST DATA, not facts: a 14th edition starting 19 June 2023 (the example of issue 10's <c>new-edition</c> command),
/// imported over the 13th's site through a recipe, as an export of a prepared edition would be. It reuses the 13th's
/// venue and organiser (as <c>new-edition</c> keeps links), has two sessions with one speaker, a speaker announced on the
/// edition without a session (Edition.Speakers) and a registration form under its year.
/// </summary>
public static class TestEdition
{
    public const string Id = "test14ed1t10n0000000000014";
    public const string FormId = "test14f0rm1nscr1pt10n0014";
    public const string SessionId = "test14sess10n0000000000001";
    public const string SpeakerId = "test14spkr0000000000000001";
    public const string SpeakerName = "Camille Essai";
    public const string AnnouncedSpeakerId = "test14spkr0000000000000002";
    public const string AnnouncedSpeakerName = "Dominique Essai";
    public const string Theme = "Thème d'essai de la 14e édition";
    public const string FormTitle = "S'inscrire aux Rencontres 2023 (essai)";

    /// <param name="site">The 13th edition's site to import into.</param>
    /// <param name="published">False: the edition and its items are drafts.</param>
    /// <param name="current">Makes it the site's current edition (RencontresSettings.CurrentEditionContentItemId).</param>
    /// <param name="halfBuilt">Leaves theme, organiser, contact, editorial and links empty, as a freshly prepared edition.</param>
    /// <param name="sharedSpeaker">Also gives the test speaker a test session in the 13th edition.</param>
    public static async Task ImportAsync(SiteFactory site, bool published = true, bool current = true, bool halfBuilt = false, bool sharedSpeaker = false)
    {
        var items = new JsonArray
        {
            Edition(published, halfBuilt),
            Item(SpeakerId, "Speaker", SpeakerName, "intervenants/camille-essai", published, new JsonObject
            {
                ["Speaker"] = new JsonObject { ["Functions"] = new JsonObject { ["Values"] = new JsonArray("Intervenante d'essai") } },
            }),
            Item(AnnouncedSpeakerId, "Speaker", AnnouncedSpeakerName, "intervenants/dominique-essai", published, new JsonObject()),
            Session(SessionId, Id, "Séance d'essai de 2023", "programme/2023-06-19-0900-seance-d-essai", "2023-06-19T07:00:00Z", "2023-06-19T08:30:00Z", published),
            Session("test14sess10n0000000000002", Id, "Clôture d'essai de 2023", "programme/2023-06-20-1600-cloture-d-essai", "2023-06-20T14:00:00Z", "2023-06-20T15:00:00Z", published),
            Item(FormId, "Form", FormTitle, "2023/inscription", published, new JsonObject
            {
                ["FormPart"] = new JsonObject { ["Method"] = "POST", ["EnableAntiForgeryToken"] = true },
                ["RegistrationFormPart"] = new JsonObject { ["EditionContentItemId"] = Id },
            }),
        };
        if (sharedSpeaker)
        {
            items.Add(Session("test13sess10n0000000000001", SiteFactory.EditionId, "Séance d'essai de 2022", "programme/2022-06-21-1700-seance-d-essai",
                "2022-06-21T15:00:00Z", "2022-06-21T15:30:00Z", published: true));
        }

        var steps = new JsonArray { new JsonObject { ["name"] = "Content", ["data"] = items } };
        if (current)
        {
            steps.Add(new JsonObject
            {
                ["name"] = "Settings",
                ["RencontresSettings"] = new JsonObject { ["CurrentEditionContentItemId"] = Id, ["StaffEmail"] = "coop-dec@cites-unies-france.org" },
            });
        }

        var recipe = RecipeReader.Parse(new JsonObject { ["steps"] = steps }.ToJsonString(), "test-edition.recipe.json", Path.GetTempPath());
        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
    }

    private static JsonObject Edition(bool published, bool halfBuilt)
    {
        var part = new JsonObject
        {
            ["Number"] = new JsonObject { ["Value"] = 14 },
            ["StartsAt"] = new JsonObject { ["Value"] = "2023-06-19T07:00:00Z" },
            ["EndsAt"] = new JsonObject { ["Value"] = "2023-06-20T15:00:00Z" },
            ["TimeZone"] = new JsonObject { ["Text"] = "Europe/Paris" },
            ["Venue"] = new JsonObject { ["ContentItemIds"] = new JsonArray("4a1ct130venve0000000000001") },
            ["Speakers"] = new JsonObject { ["ContentItemIds"] = new JsonArray(AnnouncedSpeakerId) },
        };
        if (!halfBuilt)
        {
            part["Theme"] = new JsonObject { ["Text"] = Theme };
            part["Organiser"] = new JsonObject { ["ContentItemIds"] = new JsonArray("4a1ct130partner00000000001") };
            part["ContactName"] = new JsonObject { ["Text"] = "Contact d'essai" };
            part["ContactEmail"] = new JsonObject { ["Text"] = "essai@example.org" };
        }

        return Item(Id, "Edition", "Rencontres de l'AICT 2023 — 14e édition (essai)", "2023", published, new JsonObject
        {
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = halfBuilt ? "" : "<p>Éditorial d'essai.</p>" },
            ["Edition"] = part,
        });
    }

    private static JsonObject Session(string id, string editionId, string title, string path, string starts, string ends, bool published) =>
        Item(id, "Session", title, path, published, new JsonObject
        {
            ["Session"] = new JsonObject
            {
                ["Edition"] = new JsonObject { ["ContentItemIds"] = new JsonArray(editionId) },
                ["StartsAt"] = new JsonObject { ["Value"] = starts },
                ["EndsAt"] = new JsonObject { ["Value"] = ends },
                ["Speakers"] = new JsonObject { ["ContentItemIds"] = new JsonArray(SpeakerId) },
            },
        });

    private static JsonObject Item(string id, string type, string title, string path, bool published, JsonObject parts)
    {
        var item = new JsonObject
        {
            ["ContentItemId"] = id,
            ["ContentType"] = type,
            ["DisplayText"] = title,
            ["Latest"] = true,
            ["Published"] = published,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = path },
        };
        foreach (var (name, value) in parts)
        {
            item[name] = value?.DeepClone();
        }

        return item;
    }
}
