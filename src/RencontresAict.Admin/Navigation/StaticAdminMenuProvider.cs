namespace RencontresAict.Admin.Navigation;

/// <summary>A fixed list of menu entries, as registered by <c>AddAdminMenuEntries</c>.</summary>
public sealed class StaticAdminMenuProvider(IReadOnlyList<AdminMenuEntry> entries) : IAdminMenuProvider
{
    public Task<IEnumerable<AdminMenuEntry>> GetEntriesAsync() => Task.FromResult<IEnumerable<AdminMenuEntry>>(entries);
}
