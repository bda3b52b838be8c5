using System.Security.Claims;
using RencontresAict.Admin.Dashboard;
using RencontresAict.Content.Security;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Workflows.Admin;

/// <summary>The dashboard's e-mails that failed for good (waiting for a retry), newest first, for who manages the outbox.</summary>
public sealed class FailedEmailsPanel(OutboxStore outbox, PermissionService permissions) : IDashboardPanel
{
    private const int Shown = 5;

    public int Position => 30;

    public async Task<DashboardPanel?> BuildAsync(ClaimsPrincipal user)
    {
        if (!await permissions.IsAllowedAsync(user, Permissions.ManageEmailOutbox))
        {
            return null;
        }

        var failed = (await outbox.CountByStatusAsync()).GetValueOrDefault(OutboxStatus.Failed);
        var lines = (await outbox.ListPageAsync([OutboxStatus.Failed], 0, Shown))
            .Select(m => new DashboardLine(
                string.IsNullOrEmpty(m.Subject) ? "(sans objet)" : m.Subject, $"/admin/outbox/{m.MessageId}", string.Join(", ", m.To)))
            .ToList();
        return new DashboardPanel(
            failed == 0 ? "E-mails en échec" : "E-mails en échec ({0})", lines, "Aucun e-mail en échec.",
            failed > 0 ? "/admin/outbox?status=failed" : null, failed > 0 ? "Voir les échecs et les renvoyer" : null)
        {
            TitleArguments = failed == 0 ? [] : [failed],
        };
    }
}
