using RencontresAict.Admin.Media.Resizing;
using RencontresAict.Admin.Settings;
using RencontresAict.Conference.Display.Models;
using RencontresAict.Conference.Programme;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;
using RencontresAict.Content.Text;

namespace RencontresAict.Web.Display;

/// <summary>
/// A page's <see cref="PageMeta"/>. Its description is the one the page's model gives (<c>Description</c>, set by the
/// conference's pages), else the start of the item's body, else the site's (<see cref="SiteIdentity"/>); its image the
/// model's <c>SocialImage</c> (a speaker's photo, a partner's logo), else the site's logo.
/// </summary>
public sealed class PageMetaBuilder(SiteBaseUrl baseUrl, SiteSettingsService settings)
{
    private const int DescriptionLength = 200;
    private static readonly MediaResizeRequest _previewSize = new(1200, 1200, MediaResizeMode.Max, null, null);

    public async Task<PageMeta> BuildAsync(HttpContext http, string title, object? model, ContentItem? item)
    {
        var root = await baseUrl.GetAsync();
        var site = await settings.GetAsync();
        var identity = await SiteIdentity.ReadAsync(settings);
        var values = model as IReadOnlyDictionary<string, object?>;
        var description = values?.GetValueOrDefault("Description") as string;
        if (string.IsNullOrWhiteSpace(description) && item?.GetText("HtmlBodyPart", "Html") is { } html)
        {
            description = HtmlText.ToPlainText(BracketPlaceholders.Hide(html, ""));
        }

        var image = values?.GetValueOrDefault("SocialImage") as MediaModel;
        var imageUrl = image?.Url ?? identity.LogoUrl;
        return new PageMeta(
            title,
            Shorten(string.IsNullOrWhiteSpace(description) ? identity.Description ?? site.SiteName : description),
            root + (http.Request.PathBase + http.Request.Path).Value,
            imageUrl is null ? null : root + imageUrl + (ResizedMediaCache.CanResize(imageUrl) ? _previewSize.ToQueryString() : ""),
            image?.Alt ?? identity.LogoAlt,
            site.SiteName,
            item is null ? "website" : "article");
    }

    /// <summary>The text on one line, cut at a word before 200 characters with an ellipsis.</summary>
    internal static string Shorten(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= DescriptionLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', DescriptionLength - 1);
        return line[..(cut > 0 ? cut : DescriptionLength - 1)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
