using System.Collections.Concurrent;

namespace RencontresAict.Content.Documents;

/// <summary>
/// Documents parsed once and shared by every request until they change: an entry is keyed by the document's id and
/// the kind of value parsed from it, and holds for one stored version only. Read through
/// <see cref="DocumentSession.GetParsedAsync{T}"/>, which asks the database for the version first (a small indexed
/// read) and parses the content only when that version is not cached yet. Values must be treated as read-only.
/// Meant for the few large documents read on every request (content definitions, workflow types, forms).
/// </summary>
public sealed class ParsedDocumentCache
{
    /// <summary>More entries than a site has such documents; past it the cache starts again rather than grow.</summary>
    private const int MaxEntries = 2048;

    private readonly ConcurrentDictionary<(Type Kind, long Id), (long Version, object Value)> _entries = new();

    public bool TryGet<T>(long id, long version, out T value) where T : class
    {
        if (_entries.TryGetValue((typeof(T), id), out var entry) && entry.Version == version)
        {
            value = (T)entry.Value;
            return true;
        }

        value = null!;
        return false;
    }

    public void Set<T>(long id, long version, T value) where T : class
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[(typeof(T), id)] = (version, value);
    }
}
