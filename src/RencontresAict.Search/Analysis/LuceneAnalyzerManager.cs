using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace RencontresAict.Search.Analysis;

/// <summary>
/// Analyzers by the name an index's <c>AnalyzerName</c> gives: Orchard's built-in "standardanalyzer", and our
/// "frenchanalyzer", and "englishanalyzer" (Lucene's English analyzer: stemming, so "breaks" finds "break"). An unknown name falls back to the standard analyzer, as Orchard does. Analyzers are shared:
/// Lucene keeps their token streams per thread.
/// </summary>
public sealed class LuceneAnalyzerManager : IDisposable
{
    public const string StandardAnalyzerName = "standardanalyzer";

    private readonly ConcurrentDictionary<string, Analyzer> _analyzers = new(StringComparer.OrdinalIgnoreCase);

    public const string EnglishAnalyzerName = "englishanalyzer";

    public static IReadOnlyList<string> Names { get; } = [StandardAnalyzerName, FrenchFoldingAnalyzer.Name, EnglishAnalyzerName];

    public Analyzer GetAnalyzer(string? name) =>
        _analyzers.GetOrAdd(
            Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) ?? StandardAnalyzerName,
            key => key switch
            {
                FrenchFoldingAnalyzer.Name => new FrenchFoldingAnalyzer(),
                EnglishAnalyzerName => new Lucene.Net.Analysis.En.EnglishAnalyzer(LuceneVersion.LUCENE_48),
                _ => new StandardAnalyzer(LuceneVersion.LUCENE_48),
            });

    public void Dispose()
    {
        foreach (var analyzer in _analyzers.Values)
        {
            analyzer.Dispose();
        }

        _analyzers.Clear();
    }
}
