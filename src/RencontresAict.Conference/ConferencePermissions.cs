using RencontresAict.Content.Security;

namespace RencontresAict.Conference;

/// <summary>The conference's permissions: manage the registrations of every edition (Administrator, and Editor by default).</summary>
public sealed class ConferencePermissions : IPermissionProvider
{
    public const string ManageRegistrations = "ManageRegistrations";

    public IReadOnlyList<string> GetPermissions() => [ManageRegistrations];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> GetDefaultGrants() => new Dictionary<string, IReadOnlyList<string>>
    {
        [RoleNames.Editor] = [ManageRegistrations],
    };
}
