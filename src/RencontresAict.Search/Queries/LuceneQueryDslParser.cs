using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.QueryParsers.Simple;
using ClassicOperator = Lucene.Net.QueryParsers.Classic.Operator;
using Lucene.Net.Search;
using Lucene.Net.Util;
using RencontresAict.Search.Indexing;

namespace RencontresAict.Search.Queries;

/// <summary>
/// Orchard's Elasticsearch-style query clauses to Lucene queries: term, terms, match, match_phrase, match_all, bool
/// (must, should, must_not, filter, minimum_should_match), range, prefix, wildcard, regexp, fuzzy,
/// simple_query_string and query_string. Anything else, or a clause of the wrong shape, is a LuceneQueryException.
/// </summary>
internal sealed class LuceneQueryDslParser(Analyzer analyzer)
{
    public Query Parse(JsonNode? clause)
    {
        if (clause is not JsonObject obj || obj.Count != 1)
        {
            throw new LuceneQueryException("A query clause must be an object with exactly one key, such as {\"term\": {…}}.");
        }

        var (name, body) = obj.First();
        return name switch
        {
            "match_all" => Boosted(new MatchAllDocsQuery(), body),
            "bool" => Bool(AsObject(body, name)),
            "term" => OnField(body, name, (field, value, options) => Boosted(new TermQuery(new Term(field, Text(value, "value", options))), options)),
            "terms" => Terms(AsObject(body, name)),
            "match" => OnField(body, name, (field, value, options) => Boosted(Match(field, Text(value, "query", options), options), options)),
            "match_phrase" => OnField(body, name, (field, value, options) => Boosted(Phrase(field, Text(value, "query", options), options), options)),
            "range" => OnField(body, name, (field, _, options) => Boosted(Range(field, options ?? throw Bad("range needs {\"field\": {\"gte\": …}}")), options)),
            "prefix" => OnField(body, name, (field, value, options) => Boosted(new PrefixQuery(new Term(field, Text(value, "value", options, "prefix"))), options)),
            "wildcard" => OnField(body, name, (field, value, options) => Boosted(new WildcardQuery(new Term(field, Text(value, "value", options, "wildcard"))), options)),
            "regexp" => OnField(body, name, (field, value, options) => Boosted(new RegexpQuery(new Term(field, Text(value, "value", options))), options)),
            "fuzzy" => OnField(body, name, (field, value, options) => Boosted(Fuzzy(field, Text(value, "value", options), options), options)),
            "simple_query_string" => SimpleQueryString(AsObject(body, name)),
            "query_string" => QueryString(AsObject(body, name)),
            _ => throw Bad($"Unknown query clause '{name}'."),
        };
    }

    private BooleanQuery Bool(JsonObject body)
    {
        var query = new BooleanQuery();
        foreach (var (key, node) in body)
        {
            var occur = key switch
            {
                "must" => Occur.MUST,
                "should" => Occur.SHOULD,
                "must_not" => Occur.MUST_NOT,
                "filter" => Occur.MUST,
                _ => (Occur?)null,
            };
            if (occur is null)
            {
                continue;
            }

            foreach (var child in node is JsonArray array ? array.ToList() : [node])
            {
                var parsed = Parse(child);
                query.Add(key == "filter" ? new ConstantScoreQuery(parsed) { Boost = 0 } : parsed, occur.Value);
            }
        }

        if (body["minimum_should_match"] is JsonValue min && min.TryGetValue<int>(out var minimum))
        {
            query.MinimumNumberShouldMatch = minimum;
        }

        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT) && query.Clauses.Count > 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return Boosted(query, body);
    }

    private static BooleanQuery Terms(JsonObject body)
    {
        var field = body.FirstOrDefault(p => p.Key != "boost");
        if (field.Value is not JsonArray values)
        {
            throw Bad("terms needs {\"field\": [\"value\", …]}.");
        }

        var query = new BooleanQuery();
        foreach (var value in values)
        {
            query.Add(new TermQuery(new Term(field.Key, Scalar(value))), Occur.SHOULD);
        }

        return Boosted(query, body);
    }

    private Query Match(string field, string text, JsonObject? options)
    {
        var tokens = Tokens(field, text).Select(t => t.Term).ToList();
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0]));
        }

        var occur = string.Equals(JsonPaths(options, "operator"), "and", StringComparison.OrdinalIgnoreCase) ? Occur.MUST : Occur.SHOULD;
        var query = new BooleanQuery();
        foreach (var token in tokens)
        {
            query.Add(new TermQuery(new Term(field, token)), occur);
        }

        return query;
    }

    private PhraseQuery Phrase(string field, string text, JsonObject? options)
    {
        var query = new PhraseQuery { Slop = options?["slop"] is JsonValue slop && slop.TryGetValue<int>(out var s) ? s : 0 };
        foreach (var (term, position) in Tokens(field, text))
        {
            query.Add(new Term(field, term), position);
        }

        return query;
    }

    private static Query Range(string field, JsonObject options)
    {
        JsonValue? Bound(string a) => options[a] as JsonValue;
        var lower = Bound("gte") ?? Bound("gt");
        var upper = Bound("lte") ?? Bound("lt");
        bool includeLower = Bound("gte") is not null, includeUpper = Bound("lte") is not null;
        if (lower?.GetValueKind() == JsonValueKind.Number || upper?.GetValueKind() == JsonValueKind.Number)
        {
            return NumericRangeQuery.NewDoubleRange(field, lower?.GetValue<double>(), upper?.GetValue<double>(), includeLower, includeUpper);
        }

        return TermRangeQuery.NewStringRange(field, lower is null ? null : Scalar(lower), upper is null ? null : Scalar(upper), includeLower, includeUpper);
    }

    private static FuzzyQuery Fuzzy(string field, string text, JsonObject? options)
    {
        int Int(string key, int fallback) => options?[key] is JsonValue v && v.TryGetValue<int>(out var i) ? i : fallback;
        var edits = Math.Clamp(Int("fuzziness", FuzzyQuery.DefaultMaxEdits), 0, FuzzyQuery.DefaultMaxEdits);
        var transpositions = options?["transpositions"] is not JsonValue t || t.GetValueKind() != JsonValueKind.False;
        return new FuzzyQuery(new Term(field, text), edits, Int("prefix_length", 0), Math.Max(1, Int("max_expansions", 50)), transpositions);
    }

    private Query SimpleQueryString(JsonObject body)
    {
        var weights = Fields(body["fields"]).ToDictionary(f => f.Field, f => f.Boost);
        var parser = new SimpleQueryParser(analyzer, weights.Count > 0 ? weights : new() { [IndexFieldNames.FullText] = 1f })
        {
            DefaultOperator = DefaultOperator(body),
        };
        return Boosted(parser.Parse(Text(body["query"], "query", null)) ?? new BooleanQuery(), body);
    }

    private Query QueryString(JsonObject body)
    {
        var fields = Fields(body["fields"]).ToList();
        var defaultField = JsonPaths(body, "default_field") ?? IndexFieldNames.FullText;
        QueryParser parser = fields.Count > 0
            ? new MultiFieldQueryParser(LuceneVersion.LUCENE_48, fields.Select(f => f.Field).ToArray(), analyzer, fields.ToDictionary(f => f.Field, f => f.Boost))
            : new QueryParser(LuceneVersion.LUCENE_48, defaultField, analyzer);
        parser.DefaultOperator = DefaultOperator(body) == Occur.MUST ? ClassicOperator.AND : ClassicOperator.OR;
        try
        {
            return Boosted(parser.Parse(Text(body["query"], "query", null)), body);
        }
        catch (ParseException e)
        {
            throw new LuceneQueryException($"query_string: {e.Message}", e);
        }
    }

    private static Query OnField(JsonNode? body, string clause, Func<string, JsonNode?, JsonObject?, Query> build)
    {
        var obj = AsObject(body, clause);
        var field = obj.FirstOrDefault(p => p.Key != "boost");
        if (field.Key is null)
        {
            throw Bad($"{clause} needs a field name.");
        }

        return build(field.Key, field.Value, field.Value as JsonObject);
    }

    private List<(string Term, int Position)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }

    private static IEnumerable<(string Field, float Boost)> Fields(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => Scalar(n)).Select(f =>
        {
            var caret = f.LastIndexOf('^');
            return caret > 0 && float.TryParse(f[(caret + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var boost)
                ? (f[..caret], boost)
                : (f, 1f);
        });

    private static Occur DefaultOperator(JsonObject body) =>
        string.Equals(JsonPaths(body, "default_operator"), "and", StringComparison.OrdinalIgnoreCase) ? Occur.MUST : Occur.SHOULD;

    private static T Boosted<T>(T query, JsonNode? options) where T : Query
    {
        if (options is JsonObject obj && obj["boost"] is JsonValue boost && boost.TryGetValue<float>(out var value))
        {
            query.Boost = value;
        }

        return query;
    }

    /// <summary>The value of a clause: a scalar, or an object's <paramref name="key"/> (or <paramref name="alternate"/>).</summary>
    private static string Text(JsonNode? value, string key, JsonObject? options, string? alternate = null) =>
        options is not null
            ? Scalar(options[key] ?? (alternate is null ? null : options[alternate]) ?? throw Bad($"Expected \"{key}\" in {options.ToJsonString()}."))
            : Scalar(value);

    private static string Scalar(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => throw Bad($"Expected a text, number or boolean, found {node?.ToJsonString() ?? "null"}."),
    };

    private static string? JsonPaths(JsonObject? obj, string key) =>
        obj?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static JsonObject AsObject(JsonNode? node, string clause) =>
        node as JsonObject ?? throw Bad($"'{clause}' must be an object.");

    private static LuceneQueryException Bad(string message) => new(message);
}
