using System.Security.Claims;
using RencontresAict.Admin.Dashboard;
using RencontresAict.Admin.Localization;
using RencontresAict.Content.Security;

namespace RencontresAict.Conference.Registrations;

/// <summary>The dashboard's registrations of the current edition by status, and the seats taken against its capacity.</summary>
public sealed class RegistrationsPanel(EditionFactsReader editions, RegistrationStore store, PermissionService permissions, AdminLocalizer texts) : IDashboardPanel
{
    public int Position => 0;

    public async Task<DashboardPanel?> BuildAsync(ClaimsPrincipal user)
    {
        if (!await permissions.IsAllowedAsync(user, ConferencePermissions.ManageRegistrations) || await editions.ReadAsync(null) is not { } edition)
        {
            return null;
        }

        var counts = await store.CountByStatusAsync(edition.Id);
        var taken = counts.GetValueOrDefault(RegistrationStatus.Pending) + counts.GetValueOrDefault(RegistrationStatus.Confirmed);
        var lines = new List<DashboardLine>
        {
            new("Places occupées", null, edition.Capacity is { } capacity ? texts["{0} sur {1}", taken, capacity] : texts["{0} (sans limite)", taken]),
        };
        lines.AddRange(RegistrationStatusTexts.All.Select(status => new DashboardLine(
            RegistrationStatusTexts.Label(status), $"/admin/registrations?Filter.Status={status}", counts.GetValueOrDefault(status).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return new DashboardPanel("Inscriptions — {0}", lines, "", "/admin/registrations", "Toutes les inscriptions") { TitleArguments = [edition.Title] };
    }
}
