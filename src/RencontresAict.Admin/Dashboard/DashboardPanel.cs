namespace RencontresAict.Admin.Dashboard;

/// <summary>
/// What a dashboard panel shows: a title, lines (each a text, an optional link and detail), a sentence when there is no
/// line, and a link to the page that shows everything. Texts are French, translated by the page; a title with values
/// in it is a format (« Inscriptions — {0} ») with its <see cref="TitleArguments"/>, so that it is translated too.
/// </summary>
public sealed record DashboardPanel(string Title, IReadOnlyList<DashboardLine> Lines, string Empty, string? MoreUrl = null, string? MoreText = null)
{
    public IReadOnlyList<object> TitleArguments { get; init; } = [];
}
