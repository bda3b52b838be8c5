namespace RencontresAict.Web.Cli;

/// <summary>
/// A verb's own arguments, split from configuration: <c>import-recipe x.json --Site:DataPath=/srv/raict</c> gives the
/// positional <c>x.json</c> and the configuration argument <c>--Site:DataPath=/srv/raict</c>.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    private CliArguments()
    {
    }

    public List<string> Positional { get; } = [];

    /// <summary>What the configuration sees, as the web host would (<c>--Section:Key=value</c> or <c>--Section:Key value</c>).</summary>
    public List<string> Configuration { get; } = [];

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> verbOptions, IReadOnlyCollection<string>? verbFlags = null)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var (name, inlineValue) = arg.Split('=', 2) is [var n, var v] ? (n, v) : (arg, null);
            if (verbFlags?.Contains(arg, StringComparer.OrdinalIgnoreCase) == true)
            {
                parsed._options[arg] = "";
            }
            else if (verbOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                parsed._options[name] = inlineValue ?? (i + 1 < args.Count ? args[++i] : "");
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Configuration.Add(arg);
                if (inlineValue is null && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    parsed.Configuration.Add(args[++i]);
                }
            }
            else
            {
                parsed.Positional.Add(arg);
            }
        }

        return parsed;
    }
}
