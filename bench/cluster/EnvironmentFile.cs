namespace RencontresAict.ClusterBench;

/// <summary>systemd's EnvironmentFile format (KEY=VALUE lines, # comments, optional quotes), as the unit in deploy/systemd reads it.</summary>
public static class EnvironmentFile
{
    public static IEnumerable<(string Key, string Value)> Read(string path)
    {
        foreach (var line in File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] is not ('#' or ';')))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            yield return (line[..equals].Trim(), value);
        }
    }
}
