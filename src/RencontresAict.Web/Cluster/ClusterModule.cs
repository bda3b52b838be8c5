using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;
using RencontresAict.Web.Display;

namespace RencontresAict.Web.Cluster;

/// <summary>
/// Several servers behind a load balancer (Redis:Configuration set, the store on PostgreSQL): Redis replaces the
/// single-process locks and change stamp, and holds the Data Protection keys, so a link or a cookie made on one node
/// works on every node. Without Redis:Configuration every single-process service stays as it is.
/// </summary>
public static class ClusterModule
{
    public const string DataProtectionKeysName = "data-protection-keys";

    public static IServiceCollection AddCluster(this IServiceCollection services)
    {
        services.TryAddSingleton<RedisConnection>();
        services.Replace(ServiceDescriptor.Singleton<IDistributedLock>(sp => IsConfigured(sp)
            ? ActivatorUtilities.CreateInstance<RedisDistributedLock>(sp)
            : ActivatorUtilities.CreateInstance<LocalDistributedLock>(sp)));
        services.Replace(ServiceDescriptor.Singleton<ISiteChangeBroadcast>(sp => IsConfigured(sp)
            ? ActivatorUtilities.CreateInstance<RedisSiteChangeBroadcast>(sp)
            : sp.GetRequiredService<PublicChangeSignal>()));
        services.AddHostedService<RedisChangeSubscriber>();

        // After the Workflows module's default ({DataPath}/keys): with Redis, one key ring for every node.
        services.AddOptions<KeyManagementOptions>().PostConfigure<IServiceProvider>((keys, sp) =>
        {
            if (IsConfigured(sp))
            {
                var redis = sp.GetRequiredService<RedisConnection>();
                keys.XmlRepository = new RedisXmlRepository(() => redis.Database, redis.Key(DataProtectionKeysName));
            }
        });
        return services;
    }

    private static bool IsConfigured(IServiceProvider services) => services.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured;
}
