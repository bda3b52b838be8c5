using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Security;

/// <summary>
/// A type setting, <c>"PersonalDataSettings": { "HoldsPersonalData": true, "Permission": "…" }</c>, for a type whose
/// items are people's personal data. Only holders of <see cref="Permission"/> (and the Administrator) see such items,
/// anywhere: <see cref="PermissionService"/> refuses every content permission on the type to others, and lists, search
/// and the API leave the type out. No generic editor or API writes them: the module that owns the type does, through
/// its own flow and pages. A type that holds personal data without naming a permission is seen by the Administrator only.
/// </summary>
public sealed record PersonalDataSettings(bool HoldsPersonalData, string? Permission)
{
    public const string Name = "PersonalDataSettings";

    public static PersonalDataSettings Of(ContentTypeDefinitionRecord type) => new(
        JsonPaths.GetBoolean(type.Settings, Name, nameof(HoldsPersonalData)) == true,
        JsonPaths.GetString(type.Settings, Name, nameof(Permission)) is { Length: > 0 } permission ? permission : null);

    /// <summary>Whether a caller holding the permissions <paramref name="has"/> answers for may read the type's items.</summary>
    public bool LetsRead(Func<string, bool> has) => !HoldsPersonalData || (Permission is not null && has(Permission));
}
