using Microsoft.Extensions.Options;
using RencontresAict.Content;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.Documents;

namespace RencontresAict.Web.Cluster;

/// <summary>
/// Before the site starts: the servers it cannot run without (PostgreSQL when it is the store, Redis when it is set)
/// must answer, else the node does not start at all rather than half (no node serving errors behind a load balancer).
/// Returns one line saying what is wrong, or null.
/// </summary>
public static class DependencyProbe
{
    public static async Task<string?> FindProblemAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var postgres = string.Equals(database.Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
        var redis = services.GetRequiredService<IOptions<RedisOptions>>().Value;
        if (redis.IsConfigured && !postgres)
        {
            return "Cannot start: Redis:Configuration is set (several servers) but Database:Provider is not Postgres; "
                + "every node must share one PostgreSQL database.";
        }

        if (postgres)
        {
            try
            {
                await using var connection = await services.GetRequiredService<IDatabase>().OpenConnectionAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return $"Cannot start: PostgreSQL is unreachable ({OneLine(ex.Message)}).";
            }
        }

        if (redis.IsConfigured)
        {
            var connection = services.GetRequiredService<RedisConnection>();
            try
            {
                await connection.Database.PingAsync();
            }
            catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
            {
                return $"Cannot start: Redis at {connection.Endpoints} is unreachable ({OneLine(ex.Message)}).";
            }
        }

        return null;
    }

    /// <summary>The first line of a message, without StackExchange.Redis's diagnostic tail (" - Last Connection Exception: …").</summary>
    private static string OneLine(string text)
    {
        var line = text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var tail = line.IndexOf(" - ", StringComparison.Ordinal);
        return tail > 0 ? line[..tail] : line;
    }
}
