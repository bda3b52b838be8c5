using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Navigation;

/// <summary>« Traductions manquantes » under Contenus, on a site that serves more than one culture.</summary>
public sealed class TranslationsMenuProvider(LocalizedContentQuery localized) : IAdminMenuProvider
{
    public async Task<IEnumerable<AdminMenuEntry>> GetEntriesAsync() =>
        (await localized.GetCulturesAsync()).SupportedCultures.Count > 1
            ? [new AdminMenuEntry("Contenus", "Traductions manquantes", "/admin/translations", Permissions.EditOwnContent, int.MaxValue)]
            : [];
}
