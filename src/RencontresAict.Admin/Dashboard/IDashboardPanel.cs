using System.Security.Claims;

namespace RencontresAict.Admin.Dashboard;

/// <summary>
/// A panel of the admin's dashboard, given by a module: what needs the staff's eye now (counts, what comes next, what
/// changed, what failed) rather than the menu again. Panels show in <see cref="Position"/> order.
/// </summary>
public interface IDashboardPanel
{
    int Position { get; }

    /// <summary>The panel for <paramref name="user"/>, or null when they may not see what it shows.</summary>
    Task<DashboardPanel?> BuildAsync(ClaimsPrincipal user);
}
