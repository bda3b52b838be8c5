using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Media;

/// <summary>
/// Reads and writes who uploaded a media file, in the current session. A file with no row (put there by a recipe, by
/// hand, or before owners were recorded) belongs to no one: only ManageMedia deletes it.
/// </summary>
public sealed class MediaOwnerStore(DocumentSession session)
{
    public async Task RecordAsync(string path, string ownerId)
    {
        await ForgetAsync(path);
        await session.ExecuteAsync("INSERT INTO MediaOwner (Path, OwnerId) VALUES (@path, @ownerId)", new { path, ownerId });
    }

    public Task ForgetAsync(string path) => session.ExecuteAsync("DELETE FROM MediaOwner WHERE Path = @path", new { path });

    /// <summary>The paths of the files this user uploaded.</summary>
    public async Task<IReadOnlySet<string>> PathsOwnedByAsync(string ownerId) =>
        (await session.QueryAsync<string>("SELECT Path FROM MediaOwner WHERE OwnerId = @ownerId", new { ownerId })).ToHashSet(StringComparer.Ordinal);

    public Task<string?> OwnerOfAsync(string path) =>
        session.QueryFirstOrDefaultAsync<string?>("SELECT OwnerId FROM MediaOwner WHERE Path = @path", new { path });
}
