using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace RencontresAict.Search.Analysis;

/// <summary>
/// French analysis that finds what visitors type without accents: elisions removed ("l'atelier"), accents folded
/// before stop words and stemming (the stock FrenchAnalyzer folds only words longer than four letters, so "cafe"
/// missed "café"), plurals stemmed ("ateliers"). "été" is kept: the stock stop list drops it as a verb form.
/// </summary>
public sealed class FrenchFoldingAnalyzer : Analyzer
{
    public const string Name = "frenchanalyzer";

    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Elisions = new(
        Version, ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

    private static readonly CharArraySet FoldedStopWords = CreateFoldedStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new ElisionFilter(stream, Elisions);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, FoldedStopWords);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet CreateFoldedStopWords()
    {
        var words = new List<string>();
        foreach (var word in FrenchAnalyzer.DefaultStopSet)
        {
            var text = word.ToString() ?? "";
            var folded = new char[text.Length * 4];
            var length = ASCIIFoldingFilter.FoldToASCII(text.ToCharArray(), 0, folded, 0, text.Length);
            var result = new string(folded, 0, length);

            // "été", "étés", "étée"…: past participles of "être" that are also the summer.
            if (!result.StartsWith("ete", StringComparison.Ordinal))
            {
                words.Add(result);
            }
        }

        return new CharArraySet(Version, words, ignoreCase: true).AsReadOnly();
    }
}
