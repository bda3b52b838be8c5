namespace RencontresAict.Api;

/// <summary>Output cache tags shared with the public site: publishing any content evicts <see cref="Content"/>.</summary>
public static class OutputCacheTags
{
    public const string Content = "content";

    /// <summary>The named output cache policy of the programme exports (tagged <see cref="Content"/>).</summary>
    public const string ExportsPolicy = "ApiExports";
}
