using System.Reflection;

namespace RencontresAict.Content.Localization;

/// <summary>
/// A module's translations: the PO files embedded in its assembly (<c>Localization/{culture}.po</c>, or
/// <c>Localization/{culture}.{topic}.po</c> to split a module's texts; Directory.Build.props embeds them as
/// <c>po/{file}</c>). A module registers its own with <c>AddPoTranslations</c>.
/// </summary>
public sealed class PoTranslationSource(Assembly assembly)
{
    private const string Prefix = "po/";

    public Assembly Assembly { get; } = assembly;

    /// <summary>Each embedded PO file with the culture its name gives (<c>en</c> for <c>en.po</c> and <c>en.registration.po</c>).</summary>
    public IEnumerable<(string Culture, IReadOnlyList<PoEntry> Entries)> Read()
    {
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name[Prefix.Length..];
            var culture = file[..file.IndexOf('.', StringComparison.Ordinal)];
            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            IReadOnlyList<PoEntry> entries;
            try
            {
                entries = PoFileParser.Parse(reader);
            }
            catch (FormatException error)
            {
                throw new InvalidOperationException($"{Assembly.GetName().Name}: Localization/{file}: {error.Message}", error);
            }
            yield return (culture, entries);
        }
    }
}
