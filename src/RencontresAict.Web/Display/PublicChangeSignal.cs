using Microsoft.Extensions.Options;
using RencontresAict.Content;
using RencontresAict.Content.Cluster;

namespace RencontresAict.Web.Display;

/// <summary>
/// Tells every process serving the same data folder that what visitors see has changed, so each evicts its own output
/// cache: a stamp file beside the database (<c>{DataPath}/public-changes.stamp</c>) gets a new value after each committed
/// change, and <see cref="PublicChangeWatcher"/> in the running site notices it. This is how a recipe imported from
/// the command line while the site runs (settings included) reaches the public pages without a restart. The
/// single-process <see cref="ISiteChangeBroadcast"/>; several servers use Redis's instead (Cluster/RedisSiteChangeBroadcast).
/// </summary>
public sealed class PublicChangeSignal(IOptions<SiteOptions> site, ILogger<PublicChangeSignal> logger) : ISiteChangeBroadcast
{
    private readonly Lock _lock = new();
    private string? _seen;

    public string StampPath => Path.Combine(site.Value.DataPath, "public-changes.stamp");

    public Task BroadcastAsync()
    {
        Raise();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes a new stamp (atomically: a reader sees the old one or the new one); this process has seen it. A stamp that
    /// cannot be written is logged, not thrown: the change is committed, and other processes' pages expire on their own.
    /// </summary>
    public void Raise()
    {
        var stamp = Guid.NewGuid().ToString("N");
        var temporary = StampPath + "." + stamp + ".tmp";
        try
        {
            Directory.CreateDirectory(site.Value.DataPath);
            File.WriteAllText(temporary, stamp);
            File.Move(temporary, StampPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not tell other processes that public content changed ({Path}): {Error}", StampPath, ex.Message);
            return;
        }

        lock (_lock)
        {
            _seen = stamp;
        }
    }

    /// <summary>True once per stamp this process has not seen yet (its own are seen when raised).</summary>
    public bool HasUnseenChange()
    {
        string? current;
        try
        {
            current = File.ReadAllText(StampPath);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            current = null;
        }

        lock (_lock)
        {
            if (current == _seen)
            {
                return false;
            }

            _seen = current;
            return true;
        }
    }
}
