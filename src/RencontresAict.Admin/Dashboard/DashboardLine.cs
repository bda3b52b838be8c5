namespace RencontresAict.Admin.Dashboard;

/// <summary>One line of a dashboard panel: <paramref name="Text"/>, linked to <paramref name="Url"/> when set, then <paramref name="Detail"/>.</summary>
public sealed record DashboardLine(string Text, string? Url = null, string? Detail = null);
