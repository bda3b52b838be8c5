namespace RencontresAict.Workflows.Activities;

/// <summary>A message for the page that answers the request (<c>NotifyTask</c>): its kind and its HTML.</summary>
public sealed record WorkflowNotification(string NotificationType, string Message);
