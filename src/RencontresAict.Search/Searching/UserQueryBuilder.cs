using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace RencontresAict.Search.Searching;

/// <summary>
/// Turns a visitor's words into a query over the default search fields with classic Lucene syntax (quotes,
/// +/-, AND/OR, wildcards), all words required. When the syntax is broken (an unbalanced quote, a lone operator,
/// a leading "*"), the words are taken literally; when even that fails, the analyzed words are searched one by one.
/// Never throws; returns null when nothing searchable is left.
/// </summary>
internal sealed partial class UserQueryBuilder(Analyzer analyzer, IReadOnlyList<string> fields)
{
    /// <summary>Longer input is cut: no one types a kilobyte into a search box, and the parser's cost grows with it.</summary>
    public const int MaxInputLength = 1000;

    private const int MaxTerms = 32;

    public Query? Build(string text)
    {
        text = text.Length > MaxInputLength ? text[..MaxInputLength] : text;
        return TryParse(text) ?? TryParse(Literal(text)) ?? BuildFromTokens(text);
    }

    /// <summary>The fallback query: every analyzed word must appear in one of the fields.</summary>
    public Query? BuildFromTokens(string text)
    {
        var query = new BooleanQuery();
        foreach (var token in Tokens(text).Distinct().Take(MaxTerms))
        {
            var anyField = new BooleanQuery();
            foreach (var field in fields)
            {
                anyField.Add(new TermQuery(new Term(field, token)) { Boost = Boost(field) }, Occur.SHOULD);
            }

            query.Add(anyField, Occur.MUST);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private Query? TryParse(string text)
    {
        try
        {
            var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, fields.ToArray(), analyzer, fields.ToDictionary(f => f, Boost))
            {
                DefaultOperator = Operator.AND,
                AllowLeadingWildcard = false,
            };
            var query = parser.Parse(text);
            return query is BooleanQuery { Clauses.Count: 0 } ? null : query;
        }
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            return null;
        }
    }

    private static float Boost(string field) =>
        field == Indexing.IndexFieldNames.DisplayTextAnalyzed ? Models.LuceneSettings.DisplayTextBoost : 1f;

    /// <summary>The words without syntax: special characters escaped, operators lower-cased into plain words.</summary>
    private static string Literal(string text) => Operators().Replace(QueryParserBase.Escape(text), m => m.Value.ToLowerInvariant());

    private List<string> Tokens(string text)
    {
        using var stream = analyzer.GetTokenStream(fields[0], text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    [GeneratedRegex(@"\b(AND|OR|NOT)\b")]
    private static partial Regex Operators();
}
