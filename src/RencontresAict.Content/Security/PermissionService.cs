using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Security;

/// <summary>
/// Maps roles to permissions from the stored <see cref="RolePermissionsDocument"/>; until a site stores its own,
/// Orchard's defaults apply. Administrator always holds every permission. Every caller holds what Anonymous holds.
/// </summary>
public sealed class PermissionService(DocumentSession session)
{
    public const string DocumentType = "RolePermissions";

    private RolePermissionsDocument? _document;

    public static RolePermissionsDocument Defaults() => new()
    {
        Roles =
        [
            new() { Name = Roles.Administrator, Permissions = [.. Permissions.All] },
            new()
            {
                Name = Roles.Editor,
                Permissions =
                [
                    Permissions.ViewContent, Permissions.PreviewContent, Permissions.EditContent, Permissions.PublishContent,
                    Permissions.DeleteContent, Permissions.AccessContentApi, Permissions.ExecuteGraphQL,
                ],
            },
            new()
            {
                Name = Roles.Author,
                Permissions = [Permissions.ViewContent, Permissions.PreviewContent, Permissions.EditContent, Permissions.AccessContentApi, Permissions.ExecuteGraphQL],
            },
            new() { Name = Roles.Anonymous, Permissions = [Permissions.ViewContent, Permissions.AccessContentApi, Permissions.ExecuteGraphQL] },
        ],
    };

    public async Task<RolePermissionsDocument> GetDocumentAsync() =>
        _document ??= await session.GetSingletonAsync<RolePermissionsDocument>(DocumentType) ?? Defaults();

    public async Task SaveDocumentAsync(RolePermissionsDocument document)
    {
        await session.SaveSingletonAsync(DocumentType, document);
        _document = document;
    }

    /// <summary>What a caller with these roles may do (Anonymous's permissions included).</summary>
    public async Task<IReadOnlySet<string>> GetPermissionsAsync(IEnumerable<string> roles)
    {
        var document = await GetDocumentAsync();
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles.Append(Roles.Anonymous).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (string.Equals(role, Roles.Administrator, StringComparison.OrdinalIgnoreCase))
            {
                granted.UnionWith(Permissions.All);
            }

            var stored = document.Roles.Find(r => string.Equals(r.Name, role, StringComparison.OrdinalIgnoreCase));
            granted.UnionWith(stored?.Permissions ?? []);
        }

        return granted;
    }
}
