namespace RencontresAict.Content.Cluster;

/// <summary>
/// Where media files live (section <c>Media</c>): <c>{Site:DataPath}/media</c> by default; with several servers, a
/// folder every node mounts (NFS, SMB, a cloud file share) so a file uploaded on one node is served by all.
/// </summary>
public sealed class MediaStorageOptions
{
    public const string Section = "Media";

    public string? Path { get; set; }

    /// <summary>The full path of the media folder for this site's data folder.</summary>
    public string ResolveRoot(SiteOptions site) =>
        System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(site.DataPath, "media") : Path);
}
