using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Security;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Pages.Workflows;

/// <summary>The instances of one workflow type, newest first, by status, a page at a time.</summary>
public sealed class InstancesModel(WorkflowTypeStore types, WorkflowStore instances) : WorkflowsPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public WorkflowStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public WorkflowType Type { get; private set; } = new();

    public IReadOnlyList<WorkflowInstance> Instances { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The statuses an instance is stored with once a run ended (the others last only during a run).</summary>
    public static IReadOnlyList<WorkflowStatus> Statuses { get; } = [WorkflowStatus.Halted, WorkflowStatus.Finished, WorkflowStatus.Faulted, WorkflowStatus.Aborted];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageWorkflows))
        {
            return Forbid();
        }

        if (await types.GetAsync(Id) is not { } type)
        {
            return NotFound();
        }

        Type = type;
        PageNumber = Math.Max(1, PageNumber);
        (Instances, Total) = await instances.ListPageAsync(Id, Status, (PageNumber - 1) * PageSize, PageSize);
        await LoadTimeZoneAsync();
        return Page();
    }

    public string PageUrl(int page) => $"/admin/workflows/{Id}/instances?status={Status}&p={page}";

    /// <summary>When the instance last ran an activity (its journal's last line), or when it was created.</summary>
    public static DateTime LastRun(WorkflowInstance instance) =>
        instance.State.ExecutedActivities.Count > 0 ? instance.State.ExecutedActivities[^1].ExecutedUtc : instance.CreatedUtc;
}
