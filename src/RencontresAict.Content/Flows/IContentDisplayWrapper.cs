using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Flows;

/// <summary>
/// Wraps the HTML of a rendered item, as Orchard's shape wrappers do (Forms: an item with a FormPart inside its
/// <c>&lt;form&gt;</c>); returns the HTML unchanged when it does not apply.
/// </summary>
public interface IContentDisplayWrapper
{
    Task<string> WrapAsync(ContentItem item, string displayType, string html);
}
