using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Liquid;
using RencontresAict.Search.Analysis;
using RencontresAict.Search.Indexing;
using RencontresAict.Search.Searching;
using RencontresAict.Search.Services;

namespace RencontresAict.Search.Queries;

/// <summary>
/// Runs a stored Lucene query as Orchard does: the Template is Liquid rendered with the call's parameters (values
/// JavaScript-encoded, so they cannot break out of a JSON string), then parsed as query JSON with size, from and
/// sort. Published items only, never of a type visitors may not view. Items are content items in Orchard JSON when ReturnContentItems, else stored fields.
/// </summary>
public sealed class LuceneQueryRunner(
    QueryManager queries,
    LuceneIndexSettingsService indexSettings,
    LuceneIndexStore store,
    LuceneAnalyzerManager analyzers,
    LiquidTemplateManager liquid,
    IServiceProvider services,
    DocumentSession session,
    ContentItemStore items,
    VisitorTypeFilter visitorTypes,
    StartupIndexing startupIndexing)
{
    public const int DefaultSize = 10;
    public const int MaxSize = 1000;

    /// <summary>Null when no query has that name.</summary>
    public async Task<LuceneQueryResults?> ExecuteAsync(string name, JsonObject? parameters)
    {
        await startupIndexing.Ready;
        var stored = await queries.GetAsync(name);
        if (stored is null)
        {
            return null;
        }

        var query = QueryManager.AsLuceneQuery(stored)
            ?? throw new LuceneQueryException($"Query '{name}' is not a Lucene query; only Lucene queries run on this site.");
        var json = await RenderAsync(query.Template, parameters);
        var index = await indexSettings.GetAsync(query.Index);
        if (index is null)
        {
            throw new LuceneQueryException($"Query '{name}' uses index '{query.Index}', which is not defined.");
        }

        var request = LuceneQueryRequest.Parse(json, new LuceneQueryDslParser(analyzers.GetAnalyzer(index.AnalyzerName)));
        var hidden = await visitorTypes.HiddenTypesAsync();
        var hits = await store.SearchAsync(index.IndexName, index.AnalyzerName, searcher => Search(searcher, request, hidden));
        if (hits is null)
        {
            return new LuceneQueryResults([], 0);
        }

        return new LuceneQueryResults(
            query.ReturnContentItems ? await LoadItemsAsync(hits.Documents) : new JsonArray(hits.Documents.Select(ToJson).ToArray()),
            hits.Total);
    }

    private async Task<string> RenderAsync(string template, JsonObject? parameters)
    {
        try
        {
            var context = liquid.CreateContext(services, model: null);
            foreach (var (key, value) in parameters ?? [])
            {
                context.SetValue(key, value is null ? NilValue.Instance : FluidValue.Create(value, liquid.Options));
            }

            return await liquid.Parse(template).RenderAsync(context, JavaScriptEncoder.Default);
        }
        catch (LiquidParseException e)
        {
            throw new LuceneQueryException($"The query template is not valid Liquid: {e.Message}", e);
        }
    }

    private static SearchHits Search(IndexSearcher searcher, LuceneQueryRequest request, IReadOnlyList<string> hiddenTypes)
    {
        var query = VisitorTypeFilter.Exclude(new BooleanQuery
        {
            { request.Query, Occur.MUST },
            { new ConstantScoreQuery(new TermQuery(new Term(IndexFieldNames.Published, "true"))) { Boost = 0 }, Occur.MUST },
        }, hiddenTypes);
        try
        {
            var wanted = Math.Max(1, request.From + request.Size);
            var top = request.Sort is null ? searcher.Search(query, wanted) : searcher.Search(query, wanted, request.Sort);
            var documents = top.ScoreDocs.Skip(request.From).Take(request.Size).Select(d => searcher.Doc(d.Doc)).ToList();
            return new SearchHits(documents, top.TotalHits);
        }
        catch (Exception e) when (e is BooleanQuery.TooManyClausesException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new LuceneQueryException($"The query could not be run: {e.Message}", e);
        }
    }

    private async Task<JsonArray> LoadItemsAsync(IReadOnlyList<Document> documents)
    {
        var ids = documents.Select(d => d.Get(IndexFieldNames.ContentItemId)).OfType<string>().ToArray();
        var documentIds = ids.Length == 0
            ? []
            : await session.QueryAsync<long>("SELECT DocumentId FROM ContentItemIndex WHERE Published = 1 AND ContentItemId IN @ids", new { ids });
        var loaded = (await items.LoadManyAsync(documentIds)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return new JsonArray(ids
            .Where(loaded.ContainsKey)
            .Select(id => JsonSerializer.SerializeToNode(loaded[id], ContentJson.Options))
            .ToArray());
    }

    /// <summary>A document's stored fields; a field stored several times becomes an array.</summary>
    private static JsonNode ToJson(Document document)
    {
        var result = new JsonObject();
        foreach (var group in document.Fields.GroupBy(f => f.Name))
        {
            var values = group.Select(Value).ToArray();
            result[group.Key] = values.Length == 1 ? values[0] : new JsonArray(values);
        }

        return result;
    }

    private static JsonNode? Value(IIndexableField field) => field.NumericType switch
    {
        NumericFieldType.DOUBLE => JsonValue.Create(field.GetDoubleValue()),
        NumericFieldType.SINGLE => JsonValue.Create(field.GetSingleValue()),
        NumericFieldType.INT32 => JsonValue.Create(field.GetInt32Value()),
        NumericFieldType.INT64 => JsonValue.Create(field.GetInt64Value()),
        _ => JsonValue.Create(field.GetStringValue()),
    };

    private sealed record SearchHits(IReadOnlyList<Document> Documents, int Total);
}
