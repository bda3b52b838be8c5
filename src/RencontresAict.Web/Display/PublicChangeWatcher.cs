using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace RencontresAict.Web.Display;

/// <summary>
/// Evicts the public pages' output cache when another process (the command line, a second instance on the same data
/// folder) has changed what visitors see: it reads the <see cref="PublicChangeSignal"/> stamp every
/// <see cref="PublicSiteOptions.ChangePollInterval"/>. Changes made in this process evict at once and are not seen twice.
/// </summary>
public sealed class PublicChangeWatcher(
    PublicChangeSignal signal, IOutputCacheStore cache, IOptions<PublicSiteOptions> options, ILogger<PublicChangeWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.HasUnseenChange(); // what was there before this process started is already in nothing it cached
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.ChangePollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            try
            {
                if (signal.HasUnseenChange())
                {
                    logger.LogInformation("Public content changed in another process: cached public pages evicted");
                    await cache.EvictByTagAsync(OutputCacheEvictionHandler.Tag, stoppingToken);
                }
            }
            catch (IOException ex)
            {
                logger.LogWarning("Could not read the public change stamp, tried again at the next poll: {Error}", ex.Message);
            }
        }
    }
}
