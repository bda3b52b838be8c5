using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Workflows;

namespace RencontresAict.Tests.Cluster;

/// <summary>
/// Two nodes of one site, as behind a load balancer: two in-process hosts started with the settings of the repository's
/// deployment files (<see cref="DeploymentFiles"/>), each with its own service provider, data folder (Lucene index,
/// stamp) and output cache, on one fresh PostgreSQL database and the tests' Redis server, sharing a media folder and
/// the token keys, sending their e-mail to one SMTP server. They start together, so the setup lock decides which one
/// sets the site up.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly DirectoryInfo _shared;

    private TwoNodes(SiteFactory a, SiteFactory b, SmtpSink smtp, IReadOnlyDictionary<string, string?> settings, DirectoryInfo shared)
    {
        _shared = shared;
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

    /// <summary>
    /// The settings of deploy/env/ that name a machine or a path of the production layout, replaced by this test's own
    /// servers and folders; every other setting of those files reaches the nodes as it is.
    /// </summary>
    public static IReadOnlyList<string> MachineSettings { get; } =
    [
        "Database:ConnectionString", "Redis:Configuration", "Redis:InstanceName", "Email:Smtp:Host", "Email:Smtp:Port",
        "Site:DataPath", "Media:Path", "Api:TokenSigningKeyPath", "Api:TokenEncryptionKeyPath", "AllowedHosts",
    ];

    /// <param name="settings">Extra configuration of both nodes.</param>
    /// <param name="services">Replacements of both nodes' services (applied to each), e.g. one shared clock.</param>
    public static async Task<TwoNodes> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var deployment = DeploymentFiles.Read();
        var shared = Directory.CreateTempSubdirectory("raict-shared-");
        var smtp = new SmtpSink();
        var machines = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = await PostgresTestServer.CreateDatabaseAsync(),
            ["Redis:Configuration"] = RedisTestServer.Configuration,
            ["Redis:InstanceName"] = RedisTestServer.NewInstanceName(),
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Media:Path"] = Path.Combine(shared.FullName, "media"),
            ["Api:TokenSigningKeyPath"] = WriteKey(shared, "token-signing.pem"),
            ["Api:TokenEncryptionKeyPath"] = WriteKey(shared, "token-encryption.pem"),
            ["AllowedHosts"] = "localhost",
            ["Email:PollInterval"] = "00:00:00.200",
            ["Forms:PostsPerIp"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            machines[key] = value;
        }

        var a = Task.Run(() => SiteFactory.StartAsync(NodeSettings(deployment.Nodes[0], machines), services));
        var b = Task.Run(() => SiteFactory.StartAsync(NodeSettings(deployment.Nodes[1], machines), services));
        var common = deployment.Nodes[0].Where(s => deployment.Nodes[1].TryGetValue(s.Key, out var other) && other == s.Value)
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        return new TwoNodes(await a, await b, smtp, NodeSettings(common, machines), shared);
    }

    /// <summary>A node's settings from the files (each machine setting must be there), with this test's machines; the
    /// data folder is the one SiteFactory gives each node.</summary>
    private static Dictionary<string, string?> NodeSettings(IReadOnlyDictionary<string, string> fromFiles, Dictionary<string, string?> machines)
    {
        var missing = MachineSettings.Where(k => !fromFiles.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"deploy/env no longer sets {string.Join(", ", missing)}: update the files or TwoNodes.MachineSettings.");
        }

        var node = fromFiles.Where(s => s.Key != "Site:DataPath").ToDictionary(s => s.Key, s => (string?)s.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in machines)
        {
            node[key] = value;
        }

        return node;
    }

    private static string WriteKey(DirectoryInfo folder, string name)
    {
        using var rsa = RSA.Create(2048);
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        Smtp.Dispose();
        _shared.Delete(recursive: true);
    }
}
