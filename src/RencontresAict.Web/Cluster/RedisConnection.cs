using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;
using StackExchange.Redis;

namespace RencontresAict.Web.Cluster;

/// <summary>
/// This node's one connection to Redis (opened on first use), and the names of the site's keys and channels under
/// <see cref="RedisOptions.InstanceName"/>. Once connected, StackExchange.Redis reconnects by itself after an outage.
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() =>
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Configuration!);
        configuration.AbortOnConnectFail = false; // a node that starts during a Redis restart connects when it is back
        // ConnectTimeout and AsyncTimeout keep StackExchange.Redis's defaults (5 s) unless the configuration string sets
        // them (connectTimeout=…,asyncTimeout=…), as it sets everything else.
        configuration.ClientName = "rencontres-aict";
        return ConnectionMultiplexer.Connect(configuration);
    });

    /// <summary>Tells this node's messages from the others' on the change channel.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public IDatabase Database => Multiplexer.GetDatabase();

    /// <summary>Where Redis is, for log lines (the configuration without its password).</summary>
    public string Endpoints => string.Join(", ", ConfigurationOptions.Parse(options.Value.Configuration!).EndPoints);

    public RedisKey Key(string name) => $"{options.Value.InstanceName}:{name}";

    public RedisChannel Channel(string name) => RedisChannel.Literal($"{options.Value.InstanceName}:{name}");

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
