using System.Globalization;
using System.Security.Claims;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Dashboard;

/// <summary>The last items changed (latest versions), by whom and when, among those the user may edit; never personal data.</summary>
public sealed class RecentChangesPanel(
    RecentChangesQuery changes, ContentDefinitionManager definitions, PermissionService permissions, SiteSettingsService settings) : IDashboardPanel
{
    private const int Shown = 8;

    /// <summary>How many recent changes are looked at to find <see cref="Shown"/> the user may edit.</summary>
    private const int Examined = 60;

    public int Position => 20;

    public async Task<DashboardPanel?> BuildAsync(ClaimsPrincipal user)
    {
        var hidden = (await definitions.ListTypeDefinitionsAsync()).Where(t => PersonalDataSettings.Of(t).HoldsPersonalData).Select(t => t.Name).ToList();
        var zone = await settings.GetTimeZoneAsync();
        var lines = new List<DashboardLine>();
        await foreach (var item in changes.LatestFirstAsync(hidden, Examined))
        {
            if (await permissions.IsAllowedAsync(user, Permissions.EditContent, item))
            {
                var when = item.ModifiedUtc is { } utc
                    ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
                    : "";
                lines.Add(new(item.DisplayText ?? item.ContentItemId, $"/admin/contents/{item.ContentType}/edit/{item.ContentItemId}", $"{when} · {item.Author ?? "—"}"));
                if (lines.Count == Shown)
                {
                    break;
                }
            }
        }

        return new DashboardPanel("Dernières modifications", lines, "Aucun contenu n'a encore été modifié.");
    }
}
