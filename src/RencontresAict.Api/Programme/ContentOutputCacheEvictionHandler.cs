using Microsoft.AspNetCore.OutputCaching;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Api.Programme;

/// <summary>
/// Evicts everything tagged <see cref="OutputCacheTags.Content"/> once a publication, unpublication or removal is
/// committed. At merge, keep one such handler: the public site's evicts the same tag.
/// </summary>
public sealed class ContentOutputCacheEvictionHandler(DocumentSession session, IOutputCacheStore cache) : ContentHandlerBase
{
    private bool _scheduled;

    public override Task PublishedAsync(PublishContentContext context) => Schedule();

    public override Task UnpublishedAsync(PublishContentContext context) => Schedule();

    public override Task RemovedAsync(ContentContext context) => Schedule();

    private Task Schedule()
    {
        if (!_scheduled)
        {
            _scheduled = true;
            session.AfterCommit(async () =>
            {
                _scheduled = false;
                await cache.EvictByTagAsync(OutputCacheTags.Content, default);
            });
        }

        return Task.CompletedTask;
    }
}
