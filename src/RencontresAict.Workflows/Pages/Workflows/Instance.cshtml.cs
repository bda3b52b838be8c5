using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Pages.Workflows;

/// <summary>
/// One instance: status, correlation, what it waits on, its fault, its journal and its state (properties, input,
/// output). A faulted instance can be retried here (see <see cref="WorkflowManager.RetryFaultedWorkflowAsync"/>).
/// </summary>
public sealed class InstanceModel(WorkflowStore instances, WorkflowTypeStore types, WorkflowManager manager, DocumentSession session) : WorkflowsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public WorkflowInstance Instance { get; private set; } = new();

    /// <summary>The instance's type, or null when it was deleted since.</summary>
    public WorkflowType? Type { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageWorkflows))
        {
            return Forbid();
        }

        if (await instances.GetAsync(Id) is not { } instance)
        {
            return NotFound();
        }

        Instance = instance;
        Type = await types.GetAsync(instance.WorkflowTypeId);
        await LoadTimeZoneAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync()
    {
        if (!await CanAsync(Permissions.ManageWorkflows))
        {
            return Forbid();
        }

        if (await instances.GetAsync(Id) is null)
        {
            return NotFound();
        }

        var result = await manager.RetryFaultedWorkflowAsync(Id, UserName);
        await session.SaveChangesAsync(HttpContext.RequestAborted);
        Flash(result switch
        {
            WorkflowRetryResult.Succeeded => T["Relance réussie : l'instance a repris."],
            WorkflowRetryResult.FaultedAgain => T["La relance a de nouveau échoué : voir le message d'erreur."],
            WorkflowRetryResult.TypeDisabled => T["Relance impossible : le workflow est désactivé."],
            WorkflowRetryResult.ActivityMissing => T["Relance impossible : l'activité en erreur n'existe plus dans le workflow."],
            _ => T["Cette instance n'est plus en erreur : rien n'a été relancé."],
        });
        return LocalRedirect("/admin/workflows/instance/" + Uri.EscapeDataString(Id));
    }

    public string TitleOf(string activityId, string fallback) => Type?.GetActivity(activityId)?.Title ?? fallback;
}
