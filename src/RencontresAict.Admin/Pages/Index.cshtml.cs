using RencontresAict.Admin.Dashboard;

namespace RencontresAict.Admin.Pages;

/// <summary>The dashboard: the panels the modules give (<see cref="IDashboardPanel"/>) that the user may see; the menu is beside it, not repeated.</summary>
public sealed class IndexModel(IEnumerable<IDashboardPanel> panels) : AdminPageModel
{
    public IReadOnlyList<DashboardPanel> Panels { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var shown = new List<DashboardPanel>();
        foreach (var panel in panels.OrderBy(p => p.Position))
        {
            if (await panel.BuildAsync(User) is { } built)
            {
                shown.Add(built);
            }
        }

        Panels = shown;
    }
}
