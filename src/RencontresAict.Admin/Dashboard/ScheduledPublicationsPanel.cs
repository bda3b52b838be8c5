using System.Globalization;
using System.Security.Claims;
using RencontresAict.Admin.Publishing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Dashboard;

/// <summary>The next publications to come (publish later), soonest first, with their date in the site's time zone.</summary>
public sealed class ScheduledPublicationsPanel(
    PublishScheduleStore schedules, ContentManager contents, PermissionService permissions, SiteSettingsService settings) : IDashboardPanel
{
    private const int Shown = 5;

    public int Position => 10;

    public async Task<DashboardPanel?> BuildAsync(ClaimsPrincipal user)
    {
        var zone = await settings.GetTimeZoneAsync();
        var lines = new List<DashboardLine>();
        foreach (var schedule in await schedules.NextAsync(Shown * 2))
        {
            var item = await contents.GetAsync(schedule.ContentItemId, VersionOptions.Latest);
            if (item is not null && lines.Count < Shown && await permissions.IsAllowedAsync(user, Permissions.EditContent, item))
            {
                var at = TimeZoneInfo.ConvertTimeFromUtc(schedule.PublishAt, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
                lines.Add(new(item.DisplayText ?? item.ContentItemId, $"/admin/contents/{item.ContentType}/edit/{item.ContentItemId}", at));
            }
        }

        return new DashboardPanel("Prochaines publications", lines, "Aucune publication n'est prévue.");
    }
}
