using Microsoft.AspNetCore.OutputCaching;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Web.Display;

/// <summary>
/// Public pages are cached under the tag "content". When a change visitors can see is committed — a publish, an
/// unpublish, a removal, an edit of a published version — the tag is evicted once, after the commit, so the next
/// request renders the new content and a rolled-back change evicts nothing. Other processes serving the site are
/// told through <see cref="ISiteChangeBroadcast"/> (the data folder's stamp file, or Redis with several servers).
/// </summary>
public sealed class OutputCacheEvictionHandler(DocumentSession session, IOutputCacheStore cache, ISiteChangeBroadcast broadcast) : ContentHandlerBase
{
    public const string Tag = "content";

    private bool _scheduled;

    public override Task PublishedAsync(PublishContentContext context) => Schedule();

    public override Task UnpublishedAsync(PublishContentContext context) => Schedule();

    public override Task RemovedAsync(ContentContext context) => Schedule();

    public override Task UpdatedAsync(ContentContext context) => context.ContentItem.Published ? Schedule() : Task.CompletedTask;

    private Task Schedule()
    {
        if (!_scheduled)
        {
            _scheduled = true;
            session.AfterCommit(async () =>
            {
                _scheduled = false;
                await cache.EvictByTagAsync(Tag, CancellationToken.None);
                await broadcast.BroadcastAsync();
            });
        }

        return Task.CompletedTask;
    }
}
