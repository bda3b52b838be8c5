using RencontresAict.Admin.Settings;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Layers;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Navigation;
using RencontresAict.Content.Settings;
using RencontresAict.Content.Text;
using Microsoft.Extensions.Localization;
using RencontresAict.Conference.Display;
using RencontresAict.Web.Display.Languages;

namespace RencontresAict.Web.Display;

/// <summary>
/// Renders a page of the public site: a view or a content item, then Layout.liquid around it. Every template sees
/// the globals <c>Site</c> (site settings), <c>Edition</c> (the page's own edition, an EditionModel: see
/// <see cref="DisplayedEdition"/>), <c>CurrentEdition</c>, <c>IsArchive</c>, <c>EditionBase</c> ("" or "/2022", the
/// prefix of the edition's pages) and <c>Request.Path</c>; Layout gets <c>Model.Title</c>, <c>Model.Body</c> (HTML) and
/// <c>Model.JsonLd</c>, <c>Model.Meta</c> (<see cref="PageMeta"/>: description, Open Graph, Twitter card), <c>SiteIdentity</c>
/// (logo, favicon), and also <c>MainMenu</c> (the links of the Menu aliased <c>main-menu</c>, null without one) and
/// <c>Zones</c> (the HTML of each zone for this page: what the page's templates sent with <c>{% zone %}</c>, then the
/// layer widgets of that zone). Every template also sees <c>Links</c> (the site's pages in the visitor's language,
/// <see cref="PageAddresses"/>), and Layout <c>Lang</c>, <c>Alternates</c> and <c>TranslationMissing</c>
/// (<see cref="PageLanguage"/>). A view's title is a French text, shown translated.
/// </summary>
public sealed class PublicPageRenderer(
    ContentDisplayManager display, EditionReader editions, DisplayedEdition displayed, SiteSettingsService settings, MenuReader menus,
    LayerZoneRenderer zones, LayoutZones captured, PageMetaBuilder metas, PageLanguage language, IStringLocalizer<PublicPageRenderer> texts)
{
    /// <summary>The alias of the Menu item the layout shows as the main navigation, as in Orchard's themes.</summary>
    public const string MainMenuAlias = "main-menu";

    /// <summary>What the public reads where staff left a placeholder in brackets (see <see cref="BracketPlaceholders"/>).</summary>
    public const string PlaceholderText = "<em class=\"pending\">Information à venir.</em>";

    public async Task<IResult> ViewAsync(HttpContext http, string view, object model, string title, string? jsonLd = null, int status = 200)
    {
        var globals = await GlobalsAsync(http);
        var body = await display.RenderViewAsync(view, model, globals)
            ?? throw new InvalidOperationException($"The theme has no '{view}' template.");
        var shownTitle = texts[title].Value;
        return await LayoutAsync(globals, body, shownTitle, jsonLd, status, await metas.BuildAsync(http, shownTitle, model, null));
    }

    /// <summary>The item through its Content-{Type} template, or the 404 page when the theme cannot show it.</summary>
    public async Task<IResult> ContentAsync(
        HttpContext http, ContentItem item, IReadOnlyDictionary<string, object?> extra, string? jsonLd = null, int status = StatusCodes.Status200OK)
    {
        await language.ShowItemAsync(item);
        var globals = await GlobalsAsync(http);
        var body = await display.RenderContentAsync(item, TemplateAlternates.Detail, extra, globals);
        return body is null
            ? await NotFoundAsync(http)
            : await LayoutAsync(globals, body, item.DisplayText ?? "", jsonLd, status, await metas.BuildAsync(http, item.DisplayText ?? "", extra, item));
    }

    public Task<IResult> NotFoundAsync(HttpContext http) =>
        ViewAsync(http, TemplateAlternates.NotFound, new Dictionary<string, object?> { ["Path"] = http.Request.Path.Value }, "Page introuvable",
            status: StatusCodes.Status404NotFound);

    private async Task<IResult> LayoutAsync(Dictionary<string, object?> globals, string body, string title, string? jsonLd, int status, PageMeta meta)
    {
        var site = await settings.GetAsync();
        var model = new Dictionary<string, object?>
        {
            ["Title"] = string.IsNullOrEmpty(title) ? site.SiteName : $"{title} · {site.SiteName}",
            ["Body"] = BracketPlaceholders.Hide(body, PlaceholderText),
            ["JsonLd"] = jsonLd,
            ["Meta"] = meta,
        };
        globals["SiteIdentity"] = await SiteIdentity.ReadAsync(settings);
        globals["MainMenu"] = await menus.ReadAsync(MainMenuAlias);
        if (status != StatusCodes.Status404NotFound)
        {
            await language.AddGlobalsAsync(globals, globals["Request"] is Dictionary<string, object?> page ? page["Path"] as string ?? "/" : "/");
        }
        else
        {
            globals["Lang"] = VisitorDates.IsEnglish ? "en" : "fr";
        }

        var pageZones = await zones.RenderAsync(globals["Request"] is Dictionary<string, object?> request ? request["Path"] as string ?? "/" : "/", globals);
        captured.MergeInto(pageZones);
        globals["Zones"] = pageZones;
        var html = await display.RenderViewAsync(TemplateAlternates.Layout, model, globals) ?? body;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private async Task<Dictionary<string, object?>> GlobalsAsync(HttpContext http) => new()
    {
        ["Site"] = await settings.GetAsync(),
        ["Edition"] = await displayed.GetAsync(),
        ["CurrentEdition"] = await editions.GetCurrentAsync(),
        ["IsArchive"] = await displayed.IsArchiveAsync(),
        ["EditionBase"] = await displayed.BasePathAsync(),
        ["Links"] = PageAddresses.Links(VisitorDates.IsEnglish, await displayed.BasePathAsync()),
        ["Request"] = new Dictionary<string, object?> { ["Path"] = http.Request.Path.Value },
    };
}
