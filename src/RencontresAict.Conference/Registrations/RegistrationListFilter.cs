namespace RencontresAict.Conference.Registrations;

/// <summary>What the admin's registration list shows: an edition (empty: the current one), a status, a search, a sort, a page.</summary>
public sealed class RegistrationListFilter
{
    public const int PageSize = 50;

    public string? Edition { get; set; }

    /// <summary>pending, confirmed, waiting, cancelled; anything else: all.</summary>
    public string? Status { get; set; }

    /// <summary>Words looked up in first and last name, e-mail and organisation (accents and case ignored).</summary>
    public string? Q { get; set; }

    /// <summary>"name", "organisation", "status", or the default: newest first.</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The query string of these filters (without the page), for links and exports.</summary>
    public string ToQuery() =>
        $"Filter.Edition={Uri.EscapeDataString(Edition ?? "")}&Filter.Status={Uri.EscapeDataString(Status ?? "")}"
        + $"&Filter.Q={Uri.EscapeDataString(Q ?? "")}&Filter.Sort={Uri.EscapeDataString(Sort ?? "")}";
}
