using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Admin;

/// <summary>The French name of an instance's status and the badge style the admin shows it with.</summary>
public static class WorkflowStatusTexts
{
    public static string Text(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Halted => "En attente",
        WorkflowStatus.Finished => "Terminée",
        WorkflowStatus.Faulted => "En erreur",
        WorkflowStatus.Aborted => "Abandonnée",
        WorkflowStatus.Idle => "Inactive",
        _ => "En cours",
    };

    public static string Badge(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Finished => "published",
        WorkflowStatus.Faulted => "error",
        _ => "draft",
    };
}
