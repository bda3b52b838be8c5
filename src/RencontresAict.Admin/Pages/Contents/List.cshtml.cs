using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Publishing;
using RencontresAict.Admin.Translations;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Pages.Contents;

/// <summary>
/// The items of one content type: search by title, filter by status, edition and language, sort, pages; the columns a module
/// gives the type (<see cref="IContentListColumns"/>: when, where, how many) and the date of a publication to come.
/// </summary>
public sealed class ListModel(
    ContentDefinitionManager definitions, ContentListQuery query, SiteSettingsService settings, PublishScheduleStore schedules,
    IEnumerable<IContentListColumns> columns, LocalizedContentQuery localized, TranslationLinks translations) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public ContentListFilter Filter { get; set; } = new();

    public ContentTypeDefinitionRecord Definition { get; private set; } = new();

    public IReadOnlyList<ContentListRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<(string Id, string Text)> Editions { get; private set; } = [];

    /// <summary>The type's own columns, or null.</summary>
    public IContentListColumns? Extra { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Cells { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<DateOnly> Days { get; private set; } = [];

    /// <summary>The site's cultures, for the language filter of a translatable type (none otherwise).</summary>
    public IReadOnlyList<string> Cultures { get; private set; } = [];

    public string DefaultCulture { get; private set; } = "";

    public IReadOnlyDictionary<string, ScheduledPublication> Schedules { get; private set; } = new Dictionary<string, ScheduledPublication>();

    public int PageCount => Math.Max(1, (Total + ContentListFilter.PageSize - 1) / ContentListFilter.PageSize);

    private TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>The city of the site's time zone (« Paris »), as the caption names the hours.</summary>
    public string ZoneCity => Editing.Fields.DateTimeFieldEditor.ZoneCity(Zone);

    public async Task<IActionResult> OnGetAsync()
    {
        var definition = await definitions.GetTypeDefinitionAsync(Type);
        if (definition is null)
        {
            return NotFound();
        }

        if (!await CanForTypeAsync(Permissions.EditOwnContent, Type))
        {
            return Forbid();
        }

        Definition = definition;
        var seesAll = await Access.IsAllowedForTypeAsync(User, Permissions.EditContent, Type, asOwner: false)
            || await Access.IsAllowedForTypeAsync(User, Permissions.ViewContent, Type, asOwner: false);
        Zone = await settings.GetTimeZoneAsync();
        Extra = columns.FirstOrDefault(c => c.ContentType == Type);
        (Rows, Total) = await query.RunAsync(Type, Filter, seesAll ? null : PermissionService.UserIdOf(User), Extra?.DateField, Zone);
        var cultures = await localized.GetCulturesAsync();
        Editions = await query.EditionsAsync(cultures.DefaultCulture);
        Cultures = await translations.IsLocalizableAsync(Type) && cultures.SupportedCultures.Count > 1 ? cultures.SupportedCultures : [];
        DefaultCulture = cultures.DefaultCulture;
        if (Extra is not null)
        {
            Cells = await Extra.CellsAsync(Rows, Zone);
            Days = Extra.DateField is null ? [] : await query.DaysAsync(Type, Extra.DateField, Zone);
        }

        Schedules = await schedules.ForAsync(Rows.Select(r => r.ContentItemId).ToList());
        return Page();
    }

    /// <summary>A stored UTC instant shown in the site's time zone, as "20/06/2022 14:30".</summary>
    public string Local(string? utc) =>
        DateTime.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? TimeZoneInfo.ConvertTimeFromUtc(value, Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
            : "";

    /// <summary>A day of the day filter, as "lundi 20 juin 2022".</summary>
    public static string DayText(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));

    public string PageUrl(int page) => $"/admin/contents/{Type}?{Filter.ToQuery(page)}";
}
