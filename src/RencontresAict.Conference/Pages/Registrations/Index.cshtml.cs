using Microsoft.AspNetCore.Mvc;
using RencontresAict.Conference.Registrations;

namespace RencontresAict.Conference.Pages.Registrations;

/// <summary>An edition's registrations: counts by status against capacity, then a filtered, searched, sorted, paged list.</summary>
public sealed class IndexModel(RegistrationListQuery query, RegistrationStore store, EditionFactsReader editions) : RegistrationsPageModel
{
    [BindProperty(SupportsGet = true)]
    public RegistrationListFilter Filter { get; set; } = new();

    public EditionFacts? Edition { get; private set; }

    public IReadOnlyList<(string Id, string Title)> Editions { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<RegistrationListRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + RegistrationListFilter.PageSize - 1) / RegistrationListFilter.PageSize);

    /// <summary>Pending and confirmed registrations hold a seat.</summary>
    public int SeatsTaken => Counts.GetValueOrDefault(RegistrationStatus.Pending) + Counts.GetValueOrDefault(RegistrationStatus.Confirmed);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAllowedAsync() is { } refused)
        {
            return refused;
        }

        Editions = await query.EditionsAsync();
        Edition = await editions.ReadAsync(Filter.Edition);
        if (Edition is null)
        {
            return Page();
        }

        Filter.Edition = Edition.Id;
        Counts = await store.CountByStatusAsync(Edition.Id);
        (Rows, Total) = await query.PageAsync(Edition.Id, Filter);
        return Page();
    }

    public string PageUrl(int page) => $"/admin/registrations?{Filter.ToQuery()}&Filter.Page={page}";

    public string ExportUrl(string format) => $"/admin/registrations/export?Format={format}&{Filter.ToQuery()}";
}
