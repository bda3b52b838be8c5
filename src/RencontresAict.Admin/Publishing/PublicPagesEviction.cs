using Microsoft.AspNetCore.OutputCaching;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Publishing;

/// <summary>
/// Drops the cached public pages once the current session commits, here and on the other processes serving the site
/// (<see cref="ISiteChangeBroadcast"/>), for admin changes that are not content items: a template, the site's identity.
/// </summary>
public sealed class PublicPagesEviction(DocumentSession session, IOutputCacheStore cache, ISiteChangeBroadcast broadcast)
{
    /// <summary>The output-cache tag of the public pages (the Web project's OutputCacheEvictionHandler.Tag).</summary>
    public const string Tag = "content";

    public void AfterCommit() => session.AfterCommit(async () =>
    {
        await cache.EvictByTagAsync(Tag, CancellationToken.None);
        await broadcast.BroadcastAsync();
    });
}
