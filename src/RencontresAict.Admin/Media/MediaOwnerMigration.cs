using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Media;

/// <summary>Who uploaded each media file: one row per file path (relative to the media folder) uploaded by a signed-in user.</summary>
public sealed class MediaOwnerMigration : IDataMigration
{
    public string Module => "Admin.MediaOwner";

    public IReadOnlyList<string> Steps { get; } =
    [
        "CREATE TABLE MediaOwner (Path TEXT NOT NULL PRIMARY KEY, OwnerId TEXT NOT NULL);",
    ];
}
