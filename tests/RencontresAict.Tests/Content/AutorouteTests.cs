using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Content;

public sealed class AutorouteTests
{
    [Theory]
    [InlineData("Cité des Sciences", "cite-des-sciences")]
    [InlineData("L'AICT, levier d'expérimentation", "l-aict-levier-d-experimentation")]
    [InlineData("  Œuvres   à  l'été ", "oeuvres-a-l-ete")]
    [InlineData("Rencontres B to B…", "rencontres-b-to-b")]
    public void SlugsTransliterateFrenchAccents(string text, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(text));

    [Fact]
    public async Task PathIsGeneratedFromThePatternWhenEmpty()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp, "programme/{{ ContentItem | display_text | slugify }}"));

        var id = await ContentVersionTests.CreateArticleAsync(host, "Cité des Sciences");

        var item = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id));
        Assert.Equal("programme/cite-des-sciences", item!.GetText("AutoroutePart", "Path"));
    }

    [Fact]
    public async Task PatternCanReadFieldValuesOfTheItem()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp, "salle/{{ ContentItem.Content.Article.Room.Text | slugify }}"));

        var id = await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Article");
            item.GetPart("TitlePart")!["Title"] = "Atelier";
            item.GetPart("Article")!["Room"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Salle Gémeaux" };
            await manager.CreateAsync(item);
            return item.ContentItemId;
        });

        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id));
        Assert.Equal("salle/salle-gemeaux", stored!.GetText("AutoroutePart", "Path"));
    }

    [Fact]
    public async Task SecondItemWithTheSameTitleGetsANumberedPath()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await ContentVersionTests.CreateArticleAsync(host, "Points pays");
        var second = await ContentVersionTests.CreateArticleAsync(host, "Points pays");
        var third = await ContentVersionTests.CreateArticleAsync(host, "Points pays");

        var paths = await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            return ((await manager.GetAsync(second))!.GetText("AutoroutePart", "Path"), (await manager.GetAsync(third))!.GetText("AutoroutePart", "Path"));
        });
        Assert.Equal(("points-pays-1", "points-pays-2"), paths);
    }

    [Fact]
    public async Task ACustomPathAlreadyTakenIsRefused()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await ContentVersionTests.CreateArticleAsync(host, "Premier", "infos/acces");

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => ContentVersionTests.CreateArticleAsync(host, "Second", "infos/acces"));

        Assert.Contains(error.Errors, e => e.Member == "AutoroutePart.Path");
    }

    [Fact]
    public async Task ScriptsAndEventHandlersAreRemovedFromHtmlBodies()
    {
        await using var host = await ContentEngineHost.StartAsync();
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));

        var id = await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Article");
            item.GetPart("TitlePart")!["Title"] = "Éditorial";
            item.GetPart("HtmlBodyPart")!["Html"] = "<p onclick=\"steal()\">Bonjour<script>alert(1)</script> <a href=\"javascript:alert(1)\">lien</a></p>";
            await manager.CreateAsync(item);
            return item.ContentItemId;
        });

        var html = (await host.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id)))!.GetText("HtmlBodyPart", "Html")!;
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Bonjour", html, StringComparison.Ordinal);
    }
}
