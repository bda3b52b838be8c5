namespace RencontresAict.Admin.Editing;

/// <summary>What a content list shows: a title search, a status (published, draft, all), an edition, a sort and a page.</summary>
public sealed class ContentListFilter
{
    public const int PageSize = 20;

    public string? Q { get; set; }

    /// <summary>"published", "draft", or anything else for both.</summary>
    public string? Status { get; set; }

    public string? Edition { get; set; }

    /// <summary>"title" or "modified" (the default: latest changes first).</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;
}
