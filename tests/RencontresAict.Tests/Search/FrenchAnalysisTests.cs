using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using RencontresAict.Search.Analysis;

namespace RencontresAict.Tests.Search;

public sealed class FrenchAnalysisTests
{
    private static readonly string[] AtelierForms = ["ateliers", "atelier", "l'atelier", "Ateliers", "L'Atelier"];

    public static TheoryData<string, string> EveryAtelierFormPair()
    {
        var data = new TheoryData<string, string>();
        foreach (var indexed in AtelierForms)
        {
            foreach (var typed in AtelierForms)
            {
                data.Add(indexed, typed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAtelierFormPair))]
    public void EachFormOfAtelierFindsTheOthers(string indexed, string typed) =>
        Assert.True(Finds($"Programme : {indexed} du matin", typed), $"'{typed}' should find '{indexed}'");

    [Theory]
    [InlineData("café", "cafe")]
    [InlineData("cafe", "café")]
    [InlineData("Café des élus", "cafe")]
    [InlineData("cafés", "café")]
    [InlineData("été", "ete")]
    [InlineData("Université d'été", "ete")]
    [InlineData("école", "ecole")]
    [InlineData("coopération décentralisée", "cooperation decentralisee")]
    [InlineData("collectivités", "collectivite")]
    public void AccentsAndPluralsDoNotKeepVisitorsFromFindingWords(string indexed, string typed) =>
        Assert.True(Finds(indexed, typed), $"'{typed}' should find '{indexed}'");

    [Fact]
    public void StopWordsAreNotIndexedButEteIsKept()
    {
        Assert.False(Finds("le programme de la journée", "les"));
        Assert.True(Finds("Rencontres d'été", "été"));
    }

    [Fact]
    public void StandardAnalyzerStaysAvailableForOrchardRecipes()
    {
        using var analyzers = new LuceneAnalyzerManager();

        Assert.IsType<StandardAnalyzer>(analyzers.GetAnalyzer("standardanalyzer"));
        Assert.IsType<FrenchFoldingAnalyzer>(analyzers.GetAnalyzer("frenchanalyzer"));
        Assert.IsType<StandardAnalyzer>(analyzers.GetAnalyzer("unknown"));
    }

    private static bool Finds(string text, string typed)
    {
        using var analyzer = new FrenchFoldingAnalyzer();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument(new Document { new TextField("body", text, Field.Store.NO) });
        }

        using var reader = DirectoryReader.Open(directory);
        var query = new QueryParser(LuceneVersion.LUCENE_48, "body", analyzer) { DefaultOperator = Operator.AND }.Parse(typed);
        return new IndexSearcher(reader).Search(query, 1).TotalHits == 1;
    }
}
