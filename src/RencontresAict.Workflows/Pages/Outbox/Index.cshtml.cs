using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Workflows.Pages.Outbox;

/// <summary>
/// The e-mail outbox by tab (waiting, sent, failed) with counts, newest first, a page at a time. A failed message is
/// retried with a fresh count of attempts; a waiting one is sent now instead of at its next attempt.
/// </summary>
public sealed class IndexModel(OutboxStore outbox, OutboxSignal signal, DocumentSession session, TimeProvider clock) : WorkflowsPageModel
{
    public const int PageSize = 25;

    /// <summary>The tabs: their query value, French name and the statuses they show (Sending counts as waiting).</summary>
    public static IReadOnlyList<(string Key, string Text, OutboxStatus[] Statuses)> Tabs { get; } =
    [
        ("pending", "En attente", [OutboxStatus.Pending, OutboxStatus.Sending]),
        ("failed", "Échecs", [OutboxStatus.Failed]),
        ("sent", "Envoyés", [OutboxStatus.Sent]),
    ];

    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "pending";

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    public int Count(string tab) => Tabs.First(t => t.Key == tab).Statuses.Sum(s => Counts.GetValueOrDefault(s));

    public int PageCount => Math.Max(1, (Count(Status) + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageEmailOutbox))
        {
            return Forbid();
        }

        var tab = Tabs.FirstOrDefault(t => t.Key == Status);
        if (tab.Key is null)
        {
            return NotFound();
        }

        PageNumber = Math.Max(1, PageNumber);
        Counts = await outbox.CountByStatusAsync();
        Messages = await outbox.ListPageAsync(tab.Statuses, (PageNumber - 1) * PageSize, PageSize);
        await LoadTimeZoneAsync();
        return Page();
    }

    /// <summary>Retries a failed message, or sends a waiting one now; the dispatcher is woken once this is committed.</summary>
    public async Task<IActionResult> OnPostRetryAsync(string messageId, string? returnUrl)
    {
        if (!await CanAsync(Permissions.ManageEmailOutbox))
        {
            return Forbid();
        }

        var now = clock.GetUtcNow();
        var done = await outbox.RetryAsync(messageId, now) || await outbox.BringForwardAsync(messageId, now);
        if (done)
        {
            session.AfterCommit(() =>
            {
                signal.Wake();
                return Task.CompletedTask;
            });
        }

        await session.SaveChangesAsync(HttpContext.RequestAborted);
        Flash(done ? T["E-mail remis en file d'envoi : il part dans quelques instants."] : T["Cet e-mail n'est plus en attente ni en échec : rien n'a été changé."]);
        return LocalRedirect(returnUrl is { } url && url.StartsWith("/admin/outbox", StringComparison.Ordinal) ? url : "/admin/outbox");
    }

    public string PageUrl(int page) => $"/admin/outbox?status={Status}&p={page}";
}
