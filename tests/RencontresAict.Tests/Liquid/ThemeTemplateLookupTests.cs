using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Liquid;

/// <summary>The lookup rules applied to a theme folder: which file renders an Article, its parts and its fields.</summary>
public sealed class ThemeTemplateLookupTests
{
    [Fact]
    public async Task ContentTypeTemplateWinsOverContentTemplate()
    {
        var html = await RenderAsync(new() { ["Content-Article"] = "type", ["Content"] = "generic" });

        Assert.Equal("type", html);
    }

    [Fact]
    public async Task ContentTemplateShowsTypesThatHaveNoTemplate()
    {
        var html = await RenderAsync(new() { ["Content"] = "generic {{ Model.ContentItem | display_text }}" });

        Assert.Equal("generic Atelier", html);
    }

    [Fact]
    public async Task SummaryFallsBackToContentSummaryNeverToTheDetailTemplate()
    {
        var html = await RenderAsync(new() { ["Content-Article"] = "detail", ["Content.Summary"] = "summary" }, TemplateAlternates.Summary);

        Assert.Equal("summary", html);
    }

    [Fact]
    public async Task PartTemplateNamedForTheTypeWinsOverThePartTypeTemplate()
    {
        var html = await RenderAsync(new()
        {
            ["Content"] = "{{ Model.Content.HtmlBodyPart | raw }}", ["Article-HtmlBodyPart"] = "article body", ["HtmlBodyPart"] = "any body",
        });

        Assert.Equal("article body", html);
    }

    [Fact]
    public async Task PartTypeTemplateGetsThePartsPropertiesAsItsModel()
    {
        var html = await RenderAsync(new() { ["Content"] = "{{ Model.Content.HtmlBodyPart | raw }}", ["HtmlBodyPart"] = "{{ Model.Html | raw }}" });

        Assert.Equal("<p>Bonjour</p>", html);
    }

    [Fact]
    public async Task SummaryPartTemplateIsUsedInSummaryOnly()
    {
        var templates = new Dictionary<string, string>
        {
            ["Content"] = "{{ Model.Content.HtmlBodyPart | raw }}", ["Content.Summary"] = "{{ Model.Content.HtmlBodyPart | raw }}",
            ["HtmlBodyPart"] = "full", ["HtmlBodyPart.Summary"] = "short",
        };

        Assert.Equal("full", await RenderAsync(templates));
        Assert.Equal("short", await RenderAsync(templates, TemplateAlternates.Summary));
    }

    [Fact]
    public async Task FieldTemplateForThePartAndFieldWinsOverTheFieldTypeTemplate()
    {
        var html = await RenderAsync(new()
        {
            ["Content"] = "{% for shape in Model.Shapes %}{{ shape | raw }}{% endfor %}",
            ["TextField-Article-Room"] = "Salle : {{ Model.Field.Text }}", ["TextField"] = "text",
        });

        Assert.Equal("Salle : Gémeaux", html);
    }

    [Fact]
    public async Task FieldTypeTemplateShowsFieldsWithoutTheirOwnTemplate()
    {
        var html = await RenderAsync(new() { ["Content"] = "{{ Model.Content[\"Article-Room\"] | raw }}", ["TextField"] = "[{{ Model.FieldName }}]" });

        Assert.Equal("[Room]", html);
    }

    [Fact]
    public async Task AnItemWithNoTemplateIsNotRendered()
    {
        var html = await RenderAsync(new() { ["Content-Session"] = "session" });

        Assert.Null(html);
    }

    [Fact]
    public async Task ThemeFilesAreReadOnceAndKept()
    {
        using var theme = new TempTheme(new() { ["Content"] = "first" });
        await using var host = await StartAsync(theme);
        var first = await RenderItemAsync(host, TemplateAlternates.Detail);

        await File.WriteAllTextAsync(Path.Combine(theme.ViewsPath, "Content.liquid"), "second");
        var second = await RenderItemAsync(host, TemplateAlternates.Detail);

        Assert.Equal(("first", "first"), (first, second));
    }

    [Theory]
    [InlineData("../Views/Content")]
    [InlineData("..\\Content")]
    [InlineData("/etc/passwd")]
    public async Task NamesThatCouldLeaveTheViewsFolderFindNothing(string name)
    {
        using var theme = new TempTheme(new() { ["Content"] = "x" });
        await using var host = await StartAsync(theme);

        Assert.Null(host.Services.GetRequiredService<ThemeTemplateStore>().Find(name));
    }

    private static async Task<string?> RenderAsync(Dictionary<string, string> templates, string displayType = TemplateAlternates.Detail)
    {
        using var theme = new TempTheme(templates);
        await using var host = await StartAsync(theme);
        return await RenderItemAsync(host, displayType);
    }

    private static async Task<ContentEngineHost> StartAsync(TempTheme theme)
    {
        var host = await ContentEngineHost.StartAsync(services => services.Configure<SiteOptions>(o =>
        {
            o.ThemesPath = theme.Root;
            o.Theme = "Test";
        }));
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));
        return host;
    }

    private static Task<string?> RenderItemAsync(ContentEngineHost host, string displayType) =>
        host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Article");
            item.GetPart("TitlePart")!["Title"] = "Atelier";
            item.GetPart("HtmlBodyPart")!["Html"] = "<p>Bonjour</p>";
            item.GetPart("Article")!["Room"] = new JsonObject { ["Text"] = "Gémeaux" };
            await manager.CreateAsync(item);
            var html = await sp.GetRequiredService<ContentDisplayManager>().RenderContentAsync(item, displayType);
            return html?.Trim();
        });

    private sealed class TempTheme : IDisposable
    {
        public TempTheme(Dictionary<string, string> templates)
        {
            Root = Path.Combine(Path.GetTempPath(), "raict-themes", Guid.NewGuid().ToString("N"));
            ViewsPath = Path.Combine(Root, "Test", "Views");
            Directory.CreateDirectory(ViewsPath);
            foreach (var (name, source) in templates)
            {
                File.WriteAllText(Path.Combine(ViewsPath, name + ".liquid"), source);
            }
        }

        public string Root { get; }

        public string ViewsPath { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
