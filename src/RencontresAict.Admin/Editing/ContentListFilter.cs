namespace RencontresAict.Admin.Editing;

/// <summary>What a content list shows: a title search, a status (published, draft, all), an edition, a day, a sort and a page.</summary>
public sealed class ContentListFilter
{
    public const int PageSize = 20;

    public string? Q { get; set; }

    /// <summary>"published", "draft", or anything else for both.</summary>
    public string? Status { get; set; }

    public string? Edition { get; set; }

    /// <summary>A day (yyyy-MM-dd, in the site's time zone) of the type's <see cref="ContentListDateField"/>, when it has one.</summary>
    public string? Day { get; set; }

    /// <summary>A culture of the site (<c>fr-FR</c>, <c>en</c>): only the items in that language (LocalizationPart); empty for all.</summary>
    public string? Culture { get; set; }

    /// <summary>"title", "date" (the type's date field) or "modified" (the default: latest changes first).</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The query string of these filters at <paramref name="page"/>.</summary>
    public string ToQuery(int page) =>
        $"Filter.Q={Uri.EscapeDataString(Q ?? "")}&Filter.Status={Uri.EscapeDataString(Status ?? "")}&Filter.Edition={Uri.EscapeDataString(Edition ?? "")}"
        + $"&Filter.Day={Uri.EscapeDataString(Day ?? "")}&Filter.Culture={Uri.EscapeDataString(Culture ?? "")}&Filter.Sort={Uri.EscapeDataString(Sort ?? "")}&Filter.Page={page}";
}
