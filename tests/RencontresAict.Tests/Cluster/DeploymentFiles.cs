using System.Text.RegularExpressions;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Cluster;

/// <summary>
/// The repository's deployment files (deploy/) as an operator installs them: the systemd unit's EnvironmentFile= lines
/// name the environment files each node starts with (common.env, then the node's own), and nginx's upstream names the
/// nodes' addresses. <see cref="TwoNodes"/> starts its nodes with these settings, so the files stay true.
/// </summary>
public sealed partial class DeploymentFiles
{
    /// <summary>Where the unit reads its environment files; the repository keeps them in deploy/env/.</summary>
    public const string InstalledEnvironmentFolder = "/etc/rencontres-aict/";

    private DeploymentFiles(IReadOnlyList<IReadOnlyDictionary<string, string>> nodes, IReadOnlyList<string> upstream)
    {
        Nodes = nodes;
        Upstream = upstream;
    }

    /// <summary>Each node's configuration as the site reads it from its environment (keys with ':'; ASPNETCORE_X as the host's x).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Nodes { get; }

    /// <summary>The servers of nginx's upstream, as host:port.</summary>
    public IReadOnlyList<string> Upstream { get; }

    /// <summary>The address each node listens on (its urls setting), as host:port.</summary>
    public IReadOnlyList<string> NodeAddresses => Nodes.Select(n => new Uri(n["urls"]).Authority).ToList();

    public static DeploymentFiles Read()
    {
        var deploy = Path.Combine(RecipeFiles.RepositoryRoot(), "deploy");
        var unit = File.ReadAllLines(Path.Combine(deploy, "systemd", "rencontres-aict@.service"));
        var environmentFiles = unit.Where(l => l.StartsWith("EnvironmentFile=", StringComparison.Ordinal))
            .Select(l => l["EnvironmentFile=".Length..].TrimStart('-'))
            .Select(p => p.StartsWith(InstalledEnvironmentFolder, StringComparison.Ordinal)
                ? p[InstalledEnvironmentFolder.Length..]
                : throw new InvalidOperationException($"The unit reads {p}, outside {InstalledEnvironmentFolder}."))
            .ToList();
        var instanceFile = environmentFiles.Single(f => f.Contains("%i", StringComparison.Ordinal));
        var instances = Directory.GetFiles(Path.Combine(deploy, "env"), instanceFile.Replace("%i", "*", StringComparison.Ordinal))
            .Select(Path.GetFileName).Where(f => !environmentFiles.Contains(f!)).Order(StringComparer.Ordinal).ToList();
        var prefixLength = instanceFile.IndexOf("%i", StringComparison.Ordinal);
        var suffixLength = instanceFile.Length - prefixLength - 2;

        var nodes = new List<IReadOnlyDictionary<string, string>>();
        foreach (var file in instances)
        {
            var instance = file![prefixLength..^suffixLength];
            var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var environmentFile in environmentFiles)
            {
                foreach (var (key, value) in ReadEnvironmentFile(Path.Combine(deploy, "env", environmentFile.Replace("%i", instance, StringComparison.Ordinal))))
                {
                    settings[key] = value;
                }
            }

            nodes.Add(settings);
        }

        var nginx = File.ReadAllText(Path.Combine(deploy, "nginx", "rencontres-aict.conf"));
        var upstream = ServerLine().Matches(UpstreamBlock().Match(nginx).Groups[1].Value).Select(m => m.Groups[1].Value).ToList();
        return new DeploymentFiles(nodes, upstream);
    }

    /// <summary>systemd's EnvironmentFile format, turned into configuration keys as the site's environment provider does.</summary>
    private static IEnumerable<(string Key, string Value)> ReadEnvironmentFile(string path)
    {
        foreach (var line in File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] is not ('#' or ';')))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var name = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            var key = name.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                ? name["ASPNETCORE_".Length..].ToLowerInvariant()
                : name.Replace("__", ":", StringComparison.Ordinal);
            yield return (key, value);
        }
    }

    [GeneratedRegex(@"upstream\s+\w+\s*\{([^}]*)\}")]
    private static partial Regex UpstreamBlock();

    [GeneratedRegex(@"^\s*server\s+([^\s;]+)", RegexOptions.Multiline)]
    private static partial Regex ServerLine();
}
