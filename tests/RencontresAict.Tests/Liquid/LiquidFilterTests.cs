using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Tests.Content;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Liquid;

[Trait("Dates", "ServerZone")]
public sealed class LiquidFilterTests
{
    [Fact]
    public async Task OutputIsHtmlEncodedUnlessTheTemplateSaysRaw()
    {
        var (encoded, raw) = (await RenderAsync("{{ v }}", "<b>é</b>"), await RenderAsync("{{ v | raw }}", "<b>é</b>"));

        Assert.Equal(("&lt;b&gt;&#xE9;&lt;/b&gt;", "<b>é</b>"), (encoded, raw));
    }

    [Fact]
    public async Task MarkdownifyWritesSanitizedHtml()
    {
        var html = await RenderAsync("{{ v | markdownify }}", "**Ateliers** <script>alert(1)</script>");

        Assert.Contains("<strong>Ateliers</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SanitizeHtmlRemovesScriptsAndEventHandlers()
    {
        var html = await RenderAsync("{{ v | sanitize_html }}", "<p onclick=\"x()\">Bonjour</p><script>alert(1)</script>");

        Assert.Equal("<p>Bonjour</p>", html);
    }

    [Fact]
    public async Task TranslateShowsFrenchSourceTextsAndFillsPlaceholders()
    {
        var html = await RenderAsync("{{ \"{0} sessions le {1}\" | t: 11, v }}", "20 juin");

        Assert.Equal("11 sessions le 20 juin", html);
    }

    [Fact]
    public async Task ContentItemIdResolvesPublishedItemsAndSkipsTheOthers()
    {
        await using var host = await ContentEngineHost.StartAsync();
        var published = await ContentVersionTests.CreateArticleAsync(host, "Plénière");
        var unpublished = await ContentVersionTests.CreateArticleAsync(host, "Retirée");
        await host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            await manager.UnpublishAsync((await manager.GetAsync(unpublished))!);
        });

        var html = await RenderAsync(host, "{% assign items = v | content_item_id %}{% for i in items %}{{ i | display_text | raw }};{% endfor %}", new[] { published, unpublished });

        Assert.Equal("Plénière;", html);
    }

    [Fact]
    public async Task FrenchTypographyPutsNoBreakSpacesBeforeHighPunctuationAndInsideGuillemetsButNeverInsideMarkup()
    {
        var html = await RenderAsync(
            "{{ v | french_typography | raw }}",
            "<p title=\"a : b\">« Bonjour » : ça va ? Oui ! «Non» ; 14h30: <a href=\"http://x.org/?q=1\">lien</a></p><script>var a = 1 ? 2 : 3;</script>");

        Assert.Equal(
            "<p title=\"a : b\">«\u00A0Bonjour\u00A0»\u00A0: ça va\u202F? Oui\u202F! «\u00A0Non\u00A0»\u202F; 14h30: <a href=\"http://x.org/?q=1\">lien</a></p><script>var a = 1 ? 2 : 3;</script>",
            html);
    }

    [Fact]
    public async Task JsonWritesTheValueAsJson()
    {
        var html = await RenderAsync("{{ v | json | raw }}", "L'AICT");

        Assert.Equal("\"L'AICT\"", html);
    }

    private static async Task<string> RenderAsync(string template, object value)
    {
        await using var host = await ContentEngineHost.StartAsync();
        return await RenderAsync(host, template, value);
    }

    private static Task<string> RenderAsync(ContentEngineHost host, string template, object value) =>
        host.InScopeAsync(async sp =>
        {
            var liquid = sp.GetRequiredService<LiquidTemplateManager>();
            var context = liquid.CreateContext(sp, null);
            context.SetValue("v", value);
            return await liquid.Parse(template).RenderAsync(context, HtmlEncoder.Default);
        });
}
