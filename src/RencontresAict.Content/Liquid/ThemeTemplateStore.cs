using System.Collections.Concurrent;
using Fluid;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// The active theme's Liquid views (<c>{ThemesPath}/{Theme}/Views/{name}.liquid</c>): each file is read and parsed
/// once, and a missing file is remembered as missing, so a lookup after the first costs a dictionary read.
/// </summary>
public sealed class ThemeTemplateStore
{
    private readonly ConcurrentDictionary<string, IFluidTemplate?> _templates = new(StringComparer.Ordinal);
    private readonly LiquidTemplateManager _liquid;

    public ThemeTemplateStore(IOptions<SiteOptions> site, LiquidTemplateManager liquid, IHostEnvironment? environment = null)
    {
        _liquid = liquid;
        ThemePath = LocateTheme(site.Value, environment?.ContentRootPath);
        ViewsPath = Path.Combine(ThemePath, "Views");
    }

    /// <summary>The theme's folder; its <c>wwwroot</c> holds the assets served at <c>/theme/</c>.</summary>
    public string ThemePath { get; }

    public string ViewsPath { get; }

    /// <summary>The template of that exact name, or null when the theme has none.</summary>
    public IFluidTemplate? Find(string name) => _templates.GetOrAdd(name, Load);

    /// <summary>The first of <paramref name="names"/> (most specific first) that the theme has.</summary>
    public (string Name, IFluidTemplate Template)? FindFirst(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (Find(name) is { } template)
            {
                return (name, template);
            }
        }

        return null;
    }

    private IFluidTemplate? Load(string name)
    {
        // Names are built from type, part and field names; refuse anything that could leave the Views folder.
        if (name.Length == 0 || name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var file = Path.Combine(ViewsPath, name + ".liquid");
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return _liquid.Parse(File.ReadAllText(file));
        }
        catch (LiquidParseException e)
        {
            throw new LiquidParseException($"{file}: {e.Message}");
        }
    }

    /// <summary>A relative ThemesPath is looked up under the content root, then beside the program (where the build copies it).</summary>
    private static string LocateTheme(SiteOptions site, string? contentRoot)
    {
        if (Path.IsPathRooted(site.ThemesPath))
        {
            return Path.Combine(site.ThemesPath, site.Theme);
        }

        var candidates = new[] { contentRoot, AppContext.BaseDirectory, Directory.GetCurrentDirectory() }
            .OfType<string>()
            .Select(root => Path.GetFullPath(Path.Combine(root, site.ThemesPath, site.Theme)));
        return candidates.FirstOrDefault(Directory.Exists) ?? Path.Combine(AppContext.BaseDirectory, site.ThemesPath, site.Theme);
    }
}
