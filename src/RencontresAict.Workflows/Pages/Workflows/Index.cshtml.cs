using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Pages.Workflows;

/// <summary>
/// The workflow types with their state and how many instances each has (halted, faulted, in all); a type is enabled
/// or disabled here. The flag is the type's own IsEnabled, so an export carries it.
/// </summary>
public sealed class IndexModel(WorkflowTypeStore types, WorkflowStore instances, DocumentSession session) : WorkflowsPageModel
{
    public IReadOnlyList<WorkflowType> Types { get; private set; } = [];

    public IReadOnlyList<(string WorkflowTypeId, WorkflowStatus Status, int Count)> Counts { get; private set; } = [];

    public int Count(string workflowTypeId, WorkflowStatus? status = null) =>
        Counts.Where(c => c.WorkflowTypeId == workflowTypeId && (status is null || c.Status == status)).Sum(c => c.Count);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageWorkflows))
        {
            return Forbid();
        }

        Types = await types.ListAsync();
        Counts = await instances.CountByTypeAndStatusAsync();
        return Page();
    }

    /// <summary>
    /// Enables or disables a type (the wanted state is posted, so a double click does not undo itself). A disabled type
    /// starts no instance and its halted instances wait without resuming until it is enabled again.
    /// </summary>
    public async Task<IActionResult> OnPostSetEnabledAsync(string id, bool enabled, string? returnUrl)
    {
        if (!await CanAsync(Permissions.ManageWorkflows))
        {
            return Forbid();
        }

        if (await types.GetForUpdateAsync(id) is not { } type)
        {
            return NotFound();
        }

        if (type.IsEnabled != enabled)
        {
            type.IsEnabled = enabled;
            await types.SaveAsync(type);
            await session.SaveChangesAsync(HttpContext.RequestAborted);
        }

        Flash(enabled ? T["Workflow activé : {0}", type.Name] : T["Workflow désactivé : {0}", type.Name]);
        return LocalRedirect(returnUrl is { } url && url.StartsWith("/admin/workflows", StringComparison.Ordinal) ? url : "/admin/workflows");
    }
}
