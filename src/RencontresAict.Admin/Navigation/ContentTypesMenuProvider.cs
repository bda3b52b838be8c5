using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Navigation;

/// <summary>One "Contenus" entry per Listable content type, with the type's French display name.</summary>
public sealed class ContentTypesMenuProvider(ContentDefinitionManager definitions) : IAdminMenuProvider
{
    public async Task<IEnumerable<AdminMenuEntry>> GetEntriesAsync() =>
        (await definitions.ListTypeDefinitionsAsync())
            .Where(t => JsonPaths.GetBoolean(t.Settings, "ContentTypeSettings", "Listable") == true)
            .Select((t, i) => new AdminMenuEntry("Contenus", t.DisplayName, "/admin/contents/" + t.Name, Permissions.EditOwnContent, i)
            {
                ContentType = t.Name,
                SectionPosition = 0,
            });
}
