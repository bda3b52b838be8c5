using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Layers;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Navigation;
using RencontresAict.Content.Settings;
using Microsoft.Extensions.Localization;
using RencontresAict.Conference.Display;
using RencontresAict.Web.Display.Languages;

namespace RencontresAict.Web.Display;

/// <summary>
/// Renders a page of the public site: a view or a content item, then Layout.liquid around it. Every template sees
/// the globals <c>Site</c> (site settings), <c>Edition</c> (the page's own edition, an EditionModel: see
/// <see cref="DisplayedEdition"/>), <c>CurrentEdition</c>, <c>IsArchive</c>, <c>EditionBase</c> ("" or "/2022", the
/// prefix of the edition's pages) and <c>Request.Path</c>; Layout gets <c>Model.Title</c>, <c>Model.Body</c> (HTML) and
/// <c>Model.JsonLd</c>, and also <c>MainMenu</c> (the links of the Menu aliased <c>main-menu</c>, null without one) and
/// <c>Zones</c> (the HTML of the layer widgets of each zone for this page). Every template also sees <c>Links</c> (the site's
/// pages in the visitor's language, <see cref="PageAddresses"/>), and Layout <c>Lang</c>, <c>Alternates</c> and
/// <c>TranslationMissing</c> (<see cref="PageLanguage"/>). A view's title is a French text, shown translated.
/// </summary>
public sealed class PublicPageRenderer(
    ContentDisplayManager display, EditionReader editions, DisplayedEdition displayed, SiteSettingsService settings, MenuReader menus,
    LayerZoneRenderer zones, PageLanguage language, IStringLocalizer<PublicPageRenderer> texts)
{
    /// <summary>The alias of the Menu item the layout shows as the main navigation, as in Orchard's themes.</summary>
    public const string MainMenuAlias = "main-menu";

    public async Task<IResult> ViewAsync(HttpContext http, string view, object model, string title, string? jsonLd = null, int status = 200)
    {
        var globals = await GlobalsAsync(http);
        var body = await display.RenderViewAsync(view, model, globals)
            ?? throw new InvalidOperationException($"The theme has no '{view}' template.");
        return await LayoutAsync(globals, body, texts[title], jsonLd, status);
    }

    /// <summary>The item through its Content-{Type} template, or the 404 page when the theme cannot show it.</summary>
    public async Task<IResult> ContentAsync(
        HttpContext http, ContentItem item, IReadOnlyDictionary<string, object?> extra, string? jsonLd = null, int status = StatusCodes.Status200OK)
    {
        await language.ShowItemAsync(item);
        var globals = await GlobalsAsync(http);
        var body = await display.RenderContentAsync(item, TemplateAlternates.Detail, extra, globals);
        return body is null ? await NotFoundAsync(http) : await LayoutAsync(globals, body, item.DisplayText ?? "", jsonLd, status);
    }

    public Task<IResult> NotFoundAsync(HttpContext http) =>
        ViewAsync(http, TemplateAlternates.NotFound, new Dictionary<string, object?> { ["Path"] = http.Request.Path.Value }, "Page introuvable",
            status: StatusCodes.Status404NotFound);

    private async Task<IResult> LayoutAsync(Dictionary<string, object?> globals, string body, string title, string? jsonLd, int status)
    {
        var site = await settings.GetAsync();
        var model = new Dictionary<string, object?>
        {
            ["Title"] = string.IsNullOrEmpty(title) ? site.SiteName : $"{title} · {site.SiteName}",
            ["Body"] = body,
            ["JsonLd"] = jsonLd,
        };
        globals["MainMenu"] = await menus.ReadAsync(MainMenuAlias);
        if (status != StatusCodes.Status404NotFound)
        {
            await language.AddGlobalsAsync(globals, globals["Request"] is Dictionary<string, object?> page ? page["Path"] as string ?? "/" : "/");
        }
        else
        {
            globals["Lang"] = VisitorDates.IsEnglish ? "en" : "fr";
        }

        globals["Zones"] = await zones.RenderAsync(globals["Request"] is Dictionary<string, object?> request ? request["Path"] as string ?? "/" : "/", globals);
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
