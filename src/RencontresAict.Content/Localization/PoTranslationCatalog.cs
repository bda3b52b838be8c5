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
    private readonly FrozenDictionary<string, FrozenDictionary<string, IReadOnlyList<string>>> _byCulture;

    public PoTranslationCatalog(IEnumerable<PoTranslationSource> sources)
    {
        var cultures = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources.DistinctBy(s => s.Assembly))
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
        _byCulture = cultures.ToFrozenDictionary(c => c.Key, c => c.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The cultures that have at least one translation.</summary>
    public IEnumerable<string> Cultures => _byCulture.Keys;

    /// <summary>The translations of <paramref name="id"/> in <paramref name="culture"/> or its parents (en-GB, then en), or null.</summary>
    public IReadOnlyList<string>? Find(CultureInfo culture, string? context, string id)
    {
        for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
        {
            if (_byCulture.TryGetValue(current.Name, out var texts)
                && ((context is not null && texts.TryGetValue(Key(context, id), out var found)) || texts.TryGetValue(Key(null, id), out found)))
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Every text translated in <paramref name="culture"/> (without its parents), source text first.</summary>
    public IEnumerable<(string Id, string Translation)> All(CultureInfo culture) =>
        _byCulture.TryGetValue(culture.Name, out var texts)
            ? texts.Select(t => (t.Key[(t.Key.IndexOf('\u0004', StringComparison.Ordinal) + 1)..], t.Value[0]))
            : [];

    private static string Key(string? context, string id) => $"{context}\u0004{id}";
}
