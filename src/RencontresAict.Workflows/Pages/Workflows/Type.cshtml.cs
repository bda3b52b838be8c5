using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Security;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Pages.Workflows;

/// <summary>
/// One workflow type, read-only: its activities (kind, description, settings, start and blocking flags) and its
/// transitions (activity and outcome to activity), as tables.
/// </summary>
public sealed class TypeModel(WorkflowTypeStore types, ActivityLibrary library) : WorkflowsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public WorkflowType Type { get; private set; } = new();

    /// <summary>Activity ids of events (they halt the instance until something happens); unknown kinds are absent.</summary>
    public IReadOnlySet<string> Events { get; private set; } = new HashSet<string>();

    public IReadOnlySet<string> Unknown { get; private set; } = new HashSet<string>();

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
        var kinds = type.Activities.ToDictionary(a => a.ActivityId, a => library.Create(a.Name, HttpContext.RequestServices));
        Events = kinds.Where(k => k.Value?.IsEvent == true).Select(k => k.Key).ToHashSet();
        Unknown = kinds.Where(k => k.Value is null).Select(k => k.Key).ToHashSet();
        return Page();
    }

    public string TitleOf(string activityId) => Type.GetActivity(activityId)?.Title ?? activityId;
}
