namespace RencontresAict.Content.Cluster;

/// <summary>
/// Tells every other process serving the same site that what visitors see has changed (a committed publish, a recipe
/// imported from the command line), so each drops its cached pages. One process: a stamp file in the data folder;
/// several servers: a Redis channel. Never throws: the change is committed already, and caches expire on their own.
/// </summary>
public interface ISiteChangeBroadcast
{
    Task BroadcastAsync();
}
