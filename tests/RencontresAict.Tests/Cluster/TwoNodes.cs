using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Workflows;

namespace RencontresAict.Tests.Cluster;

/// <summary>
/// Two nodes of one site, as behind a load balancer: two in-process hosts, each with its own service provider, data
/// folder (Lucene index, stamp) and output cache, on one fresh PostgreSQL database and the tests' Redis server, sending
/// their e-mail to one SMTP server. They start together, so the setup lock decides which one sets the site up.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(SiteFactory a, SiteFactory b, SmtpSink smtp, IReadOnlyDictionary<string, string?> settings)
    {
        Settings = settings;
        A = a;
        B = b;
        Smtp = smtp;
    }

    public SiteFactory A { get; }

    public SiteFactory B { get; }

    public SmtpSink Smtp { get; }

    /// <summary>The configuration both nodes share (database, Redis, e-mail), e.g. for a command-line verb run beside them.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <param name="settings">Extra configuration of both nodes.</param>
    /// <param name="services">Replacements of both nodes' services (applied to each), e.g. one shared clock.</param>
    public static async Task<TwoNodes> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var smtp = new SmtpSink();
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = await PostgresTestServer.CreateDatabaseAsync(),
            ["Redis:Configuration"] = RedisTestServer.Configuration,
            ["Redis:InstanceName"] = RedisTestServer.NewInstanceName(),
            ["Email:DeliveryMethod"] = "Smtp",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:DefaultSender"] = "Rencontres AICT <inscriptions@rencontres-aict.fr>",
            ["Email:PollInterval"] = "00:00:00.200",
            ["Forms:PostsPerIp"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var a = Task.Run(() => SiteFactory.StartAsync(all, services));
        var b = Task.Run(() => SiteFactory.StartAsync(all, services));
        return new TwoNodes(await a, await b, smtp, all);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        Smtp.Dispose();
    }
}
