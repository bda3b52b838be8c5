using System.Collections.Frozen;
using System.Globalization;

namespace RencontresAict.Content.Localization;

/// <summary>
/// Every module's PO translations, by culture, read once. Texts are written in French in the code and templates (the
/// site's source language, as Orchard writes English); a culture without a translation of a text shows the French text.
/// A translation is looked up with its context first (Orchard's <c>msgctxt</c>: the type's full name), then without.
/// </summary>
public sealed class PoTranslationCatalog
{
    private readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, IReadOnlyList<string>>>> _byCulture;

    /// <summary>The files are parsed on the first lookup, not when the catalog is created: the admin's Razor Pages create it
    /// while the host maps its endpoints, and a visitor's first page needs none of it.</summary>
    public PoTranslationCatalog(IEnumerable<PoTranslationSource> sources)
    {
        var list = sources.DistinctBy(s => s.Assembly).ToList();
        _byCulture = new(() => Read(list), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The cultures that have at least one translation.</summary>
    public IEnumerable<string> Cultures => _byCulture.Value.Keys;

    /// <summary>The translations of <paramref name="id"/> in <paramref name="culture"/> or its parents (en-GB, then en), or null.</summary>
    public IReadOnlyList<string>? Find(CultureInfo culture, string? context, string id)
    {
        for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
        {
            if (_byCulture.Value.TryGetValue(current.Name, out var texts)
                && ((context is not null && texts.TryGetValue(Key(context, id), out var found)) || texts.TryGetValue(Key(null, id), out found)))
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Every text translated in <paramref name="culture"/> (without its parents), source text first.</summary>
    public IEnumerable<(string Id, string Translation)> All(CultureInfo culture) =>
        _byCulture.Value.TryGetValue(culture.Name, out var texts)
            ? texts.Select(t => (t.Key[(t.Key.IndexOf('\u0004', StringComparison.Ordinal) + 1)..], t.Value[0]))
            : [];

    private static FrozenDictionary<string, FrozenDictionary<string, IReadOnlyList<string>>> Read(IEnumerable<PoTranslationSource> sources)
    {
        var cultures = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            foreach (var (culture, entries) in source.Read())
            {
                if (!cultures.TryGetValue(culture, out var texts))
                {
                    cultures[culture] = texts = new(StringComparer.Ordinal);
                }
                foreach (var entry in entries)
                {
                    texts.TryAdd(Key(entry.Context, entry.Id), entry.Translations);
                }
            }
        }
        return cultures.ToFrozenDictionary(c => c.Key, c => c.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    private static string Key(string? context, string id) => $"{context}\u0004{id}";
}
