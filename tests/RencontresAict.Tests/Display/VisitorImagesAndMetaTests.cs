using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Media;
using SkiaSharp;

namespace RencontresAict.Tests.Display;

[Trait("Dates", "ServerZone")]
public sealed class VisitorImagesAndMetaTests
{
    private const string BaseUrl = "https://rencontres.example.org";
    private const string Platforma = "4a1ct130partner00000000002";

    [Fact]
    public async Task PhotosAndLogosShowInSizesMadeForThePageWithTheirAltTextsAndEveryPageDescribesItselfWithAbsoluteUrls()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["Site:BaseUrl"] = BaseUrl });
        await ArrangeAsync(site);

        var speaker = await site.GetOkPageAsync("/intervenants/camille-essai");
        var speakers = await site.GetOkPageAsync("/intervenants");
        var session = await site.GetOkPageAsync("/programme/2023-06-19-0900-seance-d-essai");
        var partners = await site.GetOkPageAsync("/2022/partenaires");
        var partner = await site.GetOkPageAsync("/partenaires/platforma");
        var programme = await site.GetOkPageAsync("/programme");
        using var client = site.CreateClient();
        using var resized = await client.GetAsync(new Uri(Srcset(speaker.QuerySelector("img.portrait")!)[^1], UriKind.Relative));

        var portrait = speaker.QuerySelector("main img.portrait")!;
        Assert.Equal("Portrait de Camille Essai", portrait.GetAttribute("alt"));
        Assert.Equal("/media/camille.jpg?width=240&height=240&rmode=crop", portrait.GetAttribute("src"));
        Assert.Equal(["/media/camille.jpg?width=120&height=120&rmode=crop", "/media/camille.jpg?width=240&height=240&rmode=crop", "/media/camille.jpg?width=480&height=480&rmode=crop"], Srcset(portrait));
        Assert.Equal("image/jpeg", resized.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Portrait de Camille Essai", speakers.QuerySelectorAll("li.person").Single(li => li.TextContent.Contains("Camille Essai", StringComparison.Ordinal)).QuerySelector("img")!.GetAttribute("alt"));
        var withPhoto = session.QuerySelectorAll(".people li").Single(li => li.TextContent.Contains("Camille Essai", StringComparison.Ordinal));
        Assert.Equal("Portrait de Camille Essai", withPhoto.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("Intervenante d'essai", withPhoto.QuerySelector(".role")!.TextContent.Trim());
        var logo = partners.QuerySelectorAll("li.partner").Single(li => li.TextContent.Contains("PLATFORMA", StringComparison.Ordinal)).QuerySelector("img.logo")!;
        Assert.Equal("Logo de PLATFORMA", logo.GetAttribute("alt"));
        Assert.Equal("/media/platforma.png?width=160&height=80&rmode=max", logo.GetAttribute("src"));
        Assert.Equal("Logo de PLATFORMA", partner.QuerySelector("main img.logo-large")!.GetAttribute("alt"));

        Assert.StartsWith("Camille Essai — Intervenante d'essai", Meta(speaker, "name", "description"), StringComparison.Ordinal);
        Assert.Equal($"{BaseUrl}/intervenants/camille-essai", Meta(speaker, "property", "og:url"));
        Assert.Equal($"{BaseUrl}/media/camille.jpg?width=1200&height=1200&rmode=max", Meta(speaker, "property", "og:image"));
        Assert.Equal("summary_large_image", Meta(speaker, "name", "twitter:card"));
        Assert.Equal($"{BaseUrl}/media/platforma.png?width=1200&height=1200&rmode=max", Meta(partner, "name", "twitter:image"));
        Assert.Contains("PLATFORMA, partenaire institutionnel", Meta(partner, "property", "og:description"), StringComparison.Ordinal);
        Assert.StartsWith("Le programme de Rencontres de l'AICT 2023", Meta(programme, "name", "description"), StringComparison.Ordinal);
        Assert.Equal($"{BaseUrl}/media/logo.png?width=1200&height=1200&rmode=max", Meta(programme, "property", "og:image"));
        Assert.Equal("Programme", Meta(programme, "property", "og:title"));
        Assert.All([speaker, speakers, session, partners, partner, programme], page =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "name", "description")));
            Assert.StartsWith(BaseUrl + "/", Meta(page, "property", "og:url"), StringComparison.Ordinal);
            Assert.Equal("/media/logo.png?width=32&height=32&rmode=pad", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
            Assert.Equal("", page.QuerySelector(".site-name img.site-logo")!.GetAttribute("alt"));
        });
    }

    /// <summary>A 14th edition whose speaker has a photo, PLATFORMA with a logo, and the site's logo and favicon.</summary>
    private static async Task ArrangeAsync(SiteFactory site)
    {
        var media = Path.Combine(site.DataPath, "media");
        Directory.CreateDirectory(media);
        await File.WriteAllBytesAsync(Path.Combine(media, "camille.jpg"), MediaResizingTests.Image(600, 400, SKEncodedImageFormat.Jpeg));
        await File.WriteAllBytesAsync(Path.Combine(media, "platforma.png"), MediaResizingTests.Image(500, 200, SKEncodedImageFormat.Png));
        await File.WriteAllBytesAsync(Path.Combine(media, "logo.png"), MediaResizingTests.Image(200, 200, SKEncodedImageFormat.Png));
        await TestEdition.ImportAsync(site);
        var settings = RecipeReader.Parse(
            """{ "steps": [ { "name": "Settings", "SiteIdentity": { "Description": "Les Rencontres de l'AICT.", "Logo": { "Paths": ["logo.png"], "MediaTexts": [""] }, "Favicon": { "Paths": ["logo.png"] } } } ] }""",
            "identity.recipe.json", Path.GetTempPath());
        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(settings);
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            await SetMediaAsync(content, TestEdition.SpeakerId, "Speaker", "Photo", "camille.jpg", "Portrait de Camille Essai");
            await SetMediaAsync(content, Platforma, "Partner", "Logo", "platforma.png", "Logo de PLATFORMA");
        });
    }

    private static async Task SetMediaAsync(ContentManager content, string id, string part, string field, string path, string alt)
    {
        var item = (await content.GetAsync(id))!;
        if (item.Content[part] is not JsonObject values)
        {
            values = [];
            item.Content[part] = values;
        }

        values[field] = new JsonObject { ["Paths"] = new JsonArray(path), ["MediaTexts"] = new JsonArray(alt) };
        await content.UpdateAsync(item);
    }

    private static string[] Srcset(AngleSharp.Dom.IElement image) =>
        [.. image.GetAttribute("srcset")!.Split(',').Select(s => s.Trim().Split(' ')[0])];

    private static string? Meta(IHtmlDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");
}
