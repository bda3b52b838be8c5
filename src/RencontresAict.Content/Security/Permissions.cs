namespace RencontresAict.Content.Security;

/// <summary>
/// Orchard Core's permission names. Content permissions also exist per type ("EditContent_BlogPost"); the generic
/// one implies every per-type variant, and a stronger permission implies the weaker ones as Orchard's ImpliedBy does
/// (PublishContent implies EditContent, EditContent implies EditOwnContent, …). A module's own permissions are
/// declared by its <see cref="IPermissionProvider"/>; the site-wide list is <see cref="PermissionCatalog.SitePermissions"/>.
/// </summary>
public static class Permissions
{
    public const string AccessAdminPanel = "AccessAdminPanel";
    public const string ViewContent = "ViewContent";
    public const string ViewOwnContent = "ViewOwnContent";
    public const string PreviewContent = "PreviewContent";
    public const string PreviewOwnContent = "PreviewOwnContent";
    public const string EditContent = "EditContent";
    public const string EditOwnContent = "EditOwnContent";
    public const string PublishContent = "PublishContent";
    public const string PublishOwnContent = "PublishOwnContent";
    public const string DeleteContent = "DeleteContent";
    public const string DeleteOwnContent = "DeleteOwnContent";
    public const string ManageUsers = "ManageUsers";
    public const string ManageRoles = "ManageRoles";
    public const string ManageContentTypes = "ManageContentTypes";
    public const string ManageMedia = "ManageMedia";

    /// <summary>Orchard's: change the site's settings (its logo, favicon and description).</summary>
    public const string ManageSettings = "ManageSettings";

    /// <summary>Orchard's: use the media library and delete the files one uploaded oneself (ManageMedia deletes any).</summary>
    public const string ManageOwnMedia = "ManageOwnMedia";

    /// <summary>Orchard's: see workflow types and instances, enable or disable a type, retry a faulted instance.</summary>
    public const string ManageWorkflows = "ManageWorkflows";

    /// <summary>Ours (Orchard has no outbox): see the e-mails waiting, sent or failed, with their bodies, and retry them.</summary>
    public const string ManageEmailOutbox = "ManageEmailOutbox";

    /// <summary>Orchard's: edit the layers and their rules, and place widgets in the layout's zones.</summary>
    public const string ManageLayers = "ManageLayers";

    /// <summary>The content permissions that have per-type variants, in the order a grid shows them.</summary>
    public static IReadOnlyList<string> ContentPermissions { get; } =
    [
        ViewContent, ViewOwnContent, PreviewContent, PreviewOwnContent, EditContent, EditOwnContent,
        PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent,
    ];

    /// <summary>"EditContent" on type "BlogPost" is "EditContent_BlogPost", as Orchard's ContentTypePermissionsHelper names it.</summary>
    public static string ForType(string permission, string contentType) => permission + "_" + contentType;

    /// <summary>Whether the permission names an item's owner ("EditOwnContent", "PublishOwnContent_Session").</summary>
    public static bool IsOwnPermission(string permission) => permission.Split('_')[0].Contains("Own", StringComparison.Ordinal);

    /// <summary>The permissions that grant <paramref name="permission"/>: itself, then what implies it (transitively).</summary>
    public static IReadOnlyList<string> ImpliedBy(string permission)
    {
        var result = new List<string>();
        var pending = new Queue<string>([permission]);
        while (pending.TryDequeue(out var next))
        {
            if (result.Contains(next))
            {
                continue;
            }

            result.Add(next);
            foreach (var stronger in DirectlyImpliedBy(next))
            {
                pending.Enqueue(stronger);
            }
        }

        return result;
    }

    private static IEnumerable<string> DirectlyImpliedBy(string permission)
    {
        var parts = permission.Split('_', 2);
        var name = parts[0];
        if (parts.Length == 2)
        {
            // A per-type permission is granted by its generic form, and by the stronger per-type ones.
            yield return name;
            foreach (var stronger in Stronger(name))
            {
                yield return ForType(stronger, parts[1]);
            }

            yield break;
        }

        foreach (var stronger in Stronger(name))
        {
            yield return stronger;
        }
    }

    private static IEnumerable<string> Stronger(string name) => name switch
    {
        ViewOwnContent => [ViewContent, EditOwnContent],
        ViewContent => [EditContent, PreviewContent],
        PreviewOwnContent => [PreviewContent, EditOwnContent],
        PreviewContent => [EditContent],
        EditOwnContent => [EditContent, PublishOwnContent, DeleteOwnContent],
        EditContent => [PublishContent, DeleteContent],
        PublishOwnContent => [PublishContent],
        DeleteOwnContent => [DeleteContent],
        ManageOwnMedia => [ManageMedia],
        _ => [],
    };
}
