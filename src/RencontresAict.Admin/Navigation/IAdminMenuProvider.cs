namespace RencontresAict.Admin.Navigation;

/// <summary>
/// Contributes entries to the admin menu. A module adds its own section by registering a provider
/// (<c>services.AddAdminMenuEntries(...)</c> for fixed links), e.g. the registrations module's "Inscriptions".
/// </summary>
public interface IAdminMenuProvider
{
    Task<IEnumerable<AdminMenuEntry>> GetEntriesAsync();
}
