using RencontresAict.Admin.Navigation;

namespace RencontresAict.Admin.Pages;

/// <summary>The dashboard: the sections the user may open.</summary>
public sealed class IndexModel(AdminMenu menu) : AdminPageModel
{
    public IReadOnlyList<IGrouping<string, AdminMenuEntry>> Sections { get; private set; } = [];

    public async Task OnGetAsync() => Sections = await menu.BuildAsync(User);
}
