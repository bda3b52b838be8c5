namespace RencontresAict.Admin.Dashboard;

/// <summary>
/// What a dashboard panel shows: a title, lines (each a text, an optional link and detail), a sentence when there is no
/// line, and a link to the page that shows everything. Texts are French, translated by the page.
/// </summary>
public sealed record DashboardPanel(string Title, IReadOnlyList<DashboardLine> Lines, string Empty, string? MoreUrl = null, string? MoreText = null);
