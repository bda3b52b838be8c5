namespace RencontresAict.Web.Display;

/// <summary>
/// What Layout.liquid writes in the head for search engines and link previews (meta description, Open Graph, Twitter
/// card): every URL absolute on the configured base URL (SiteBaseUrl), never on the request's Host.
/// </summary>
public sealed record PageMeta(string Title, string Description, string Url, string? Image, string ImageAlt, string SiteName, string Type)
{
    /// <summary>"summary_large_image" when the page has an image to show, else "summary".</summary>
    public string TwitterCard => Image is null ? "summary" : "summary_large_image";
}
