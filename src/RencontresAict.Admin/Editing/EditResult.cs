using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing;

/// <summary>
/// The outcome of saving an editor: the item (with the posted values, saved or not), the errors keyed "Part.Field",
/// or the version someone else saved meanwhile (then nothing was written).
/// </summary>
public sealed record EditResult(ContentItem Item, IReadOnlyList<ContentValidationError> Errors, ContentItem? ConflictingVersion = null)
{
    public bool Succeeded => Errors.Count == 0 && ConflictingVersion is null;
}
