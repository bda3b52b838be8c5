namespace RencontresAict.Content.Security;

/// <summary>
/// Permission names, spelled as Orchard Core spells them so that a Roles recipe step moves between the two sites.
/// </summary>
public static class Permissions
{
    public const string ViewContent = "ViewContent";
    public const string PreviewContent = "PreviewContent";
    public const string EditContent = "EditContent";
    public const string PublishContent = "PublishContent";
    public const string DeleteContent = "DeleteContent";
    public const string AccessContentApi = "AccessContentApi";
    public const string ExecuteGraphQL = "ExecuteGraphQL";
    public const string ManageRegistrations = "ManageRegistrations";

    public static IReadOnlyList<string> All { get; } =
    [
        ViewContent, PreviewContent, EditContent, PublishContent, DeleteContent, AccessContentApi, ExecuteGraphQL,
        ManageRegistrations,
    ];
}
