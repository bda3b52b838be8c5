using RencontresAict.Content.Security;

namespace RencontresAict.Api.Security;

/// <summary>
/// The API's permissions: read the content REST API, run GraphQL queries. Visitors and signed-in users hold both by
/// default (what they may read is then decided per type and item).
/// </summary>
public sealed class ApiPermissions : IPermissionProvider
{
    public const string AccessContentApi = "AccessContentApi";
    public const string ExecuteGraphQL = "ExecuteGraphQL";

    public IReadOnlyList<string> GetPermissions() => [AccessContentApi, ExecuteGraphQL];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> GetDefaultGrants() => new Dictionary<string, IReadOnlyList<string>>
    {
        [RoleNames.Anonymous] = [AccessContentApi, ExecuteGraphQL],
        [RoleNames.Authenticated] = [AccessContentApi, ExecuteGraphQL],
    };
}
