using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing;

/// <summary>
/// A module that knows which time zone an item's dates belong to (the conference module: the item's edition's) tells
/// the editor; with no answer, dates are in the site's zone. Register with <c>services.AddScoped&lt;IContentTimeZoneSource, X&gt;()</c>.
/// </summary>
public interface IContentTimeZoneSource
{
    /// <summary>The item's own zone, or null when this module has no say about it.</summary>
    Task<TimeZoneInfo?> FindAsync(ContentItem item);
}
