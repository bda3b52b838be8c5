using System.Text.Json.Serialization;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Search.Searching;

/// <summary>One result: the item, its title, URL, type and date, and a snippet whose matched words are in &lt;mark&gt;.</summary>
public sealed class SearchHit
{
    public string ContentItemId { get; init; } = "";

    public string ContentType { get; init; } = "";

    /// <summary>The type's display name (e.g. "Session"), for a label beside the result.</summary>
    public string ContentTypeDisplayName { get; init; } = "";

    public string Title { get; init; } = "";

    /// <summary>The public URL ("/programme/…"), or null for items without a route.</summary>
    public string? Url { get; init; }

    /// <summary>HTML: the text is encoded and only the &lt;mark&gt; tags around matched words are markup.</summary>
    public string Snippet { get; init; } = "";

    /// <summary>When the item happens (a session's start), else when it was published; UTC.</summary>
    public DateTime? Date { get; init; }

    public float Score { get; init; }

    /// <summary>The published item, for templates (<c>{{ hit.ContentItem | display_url }}</c>); not sent as JSON.</summary>
    [JsonIgnore]
    public ContentItem? ContentItem { get; init; }
}
