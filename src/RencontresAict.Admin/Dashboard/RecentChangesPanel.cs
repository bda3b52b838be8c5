using System.Globalization;
using System.Security.Claims;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Dashboard;

/// <summary>The last items changed (latest versions), by whom and when, among those the user may edit; never personal data.</summary>
public sealed class RecentChangesPanel(
    ContentManager contents, ContentDefinitionManager definitions, PermissionService permissions, SiteSettingsService settings) : IDashboardPanel
{
    private const int Shown = 8;

    public int Position => 20;

    public async Task<DashboardPanel?> BuildAsync(ClaimsPrincipal user)
    {
        var hidden = (await definitions.ListTypeDefinitionsAsync()).Where(t => PersonalDataSettings.Of(t).HoldsPersonalData).Select(t => t.Name).ToHashSet();
        var rows = await contents.Store.Session.QueryAsync<(string Id, string Type, string? Text, string? Modified, string? Author)>(
            "SELECT ContentItemId, ContentType, DisplayText, ModifiedUtc, Author FROM ContentItemIndex WHERE Latest = 1 ORDER BY ModifiedUtc DESC LIMIT 60");
        var zone = await settings.GetTimeZoneAsync();
        var lines = new List<DashboardLine>();
        foreach (var row in rows.Where(r => !hidden.Contains(r.Type)))
        {
            var item = lines.Count < Shown ? await contents.GetAsync(row.Id, VersionOptions.Latest) : null;
            if (item is not null && await permissions.IsAllowedAsync(user, Permissions.EditContent, item))
            {
                var when = DateTime.TryParse(row.Modified, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
                    ? TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
                    : "";
                lines.Add(new(row.Text ?? row.Id, $"/admin/contents/{row.Type}/edit/{row.Id}", $"{when} · {row.Author ?? "—"}"));
            }
        }

        return new DashboardPanel("Dernières modifications", lines, "Aucun contenu n'a encore été modifié.");
    }
}
