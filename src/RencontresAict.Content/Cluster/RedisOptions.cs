namespace RencontresAict.Content.Cluster;

/// <summary>
/// Several servers (section <c>Redis</c>): with <see cref="Configuration"/> set (and the store on PostgreSQL), every
/// node shares Data Protection keys, change broadcasts and locks through Redis. Unset, the site is one process.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>StackExchange.Redis configuration, e.g. <c>redis.internal:6379</c> or <c>host:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key and channel, so several sites (or test runs) can share one Redis.</summary>
    public string InstanceName { get; set; } = "rencontres-aict";

    /// <summary>True when the site runs as one node among several.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
