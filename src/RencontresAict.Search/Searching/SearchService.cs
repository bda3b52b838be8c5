using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Settings;
using RencontresAict.Search.Analysis;
using RencontresAict.Search.Indexing;
using RencontresAict.Search.Services;

namespace RencontresAict.Search.Searching;

/// <summary>
/// The visitors' search (the /recherche page and /api/search): words looked up in the search index's default fields,
/// published items of the types visitors may view only, filtered by type, format and day, ranked, paged, with snippets and facet counts.
/// </summary>
public sealed class SearchService(
    LuceneIndexSettingsService indexSettings,
    LuceneIndexStore store,
    LuceneAnalyzerManager analyzers,
    SiteSettingsService siteSettings,
    ContentDefinitionManager definitions,
    DocumentSession session,
    ContentItemStore items,
    TermTitleResolver terms,
    VisitorTypeFilter visitorTypes,
    StartupIndexing startupIndexing)
{
    /// <summary>No page holds more, whatever the site settings say.</summary>
    public const int MaxPageSize = 100;

    private const int MaxPage = 1000;

    public async Task<SearchResultsViewModel> SearchAsync(SearchRequest request)
    {
        await startupIndexing.Ready;
        var settings = await siteSettings.GetAsync();
        var pageSize = Math.Clamp(settings.PageSize, 1, Math.Min(settings.MaxPageSize > 0 ? settings.MaxPageSize : MaxPageSize, MaxPageSize));
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var words = (request.Terms ?? "").Trim();
        var filters = new SearchFilters(Empty(request.Type), Empty(request.Format), Empty(request.Day));
        var index = await indexSettings.GetSearchIndexAsync();
        var searched = words.Length > 0 || filters.Any;
        if (index is null || !searched)
        {
            return new SearchResultsViewModel
            {
                Terms = words, Type = filters.Type, Format = filters.Format, Day = filters.Day, Page = page, PageSize = pageSize,
                IndexMissing = index is null, Searched = searched,
            };
        }

        var analyzer = analyzers.GetAnalyzer(index.AnalyzerName);
        var fields = (await indexSettings.GetLuceneSettingsAsync()).DefaultSearchFields;
        var builder = new UserQueryBuilder(analyzer, fields);
        var userQuery = words.Length == 0 ? new MatchAllDocsQuery() : builder.Build(words);
        var hidden = await visitorTypes.HiddenTypesAsync();
        var found = userQuery is null
            ? SearchOutcome.Empty
            : await store.SearchAsync(index.IndexName, index.AnalyzerName, searcher =>
                Run(searcher, userQuery, filters, page, pageSize, analyzer, () => builder.BuildFromTokens(words), hidden));
        found ??= SearchOutcome.Empty;

        return new SearchResultsViewModel
        {
            Terms = words, Type = filters.Type, Format = filters.Format, Day = filters.Day, Page = page, PageSize = pageSize,
            Searched = true, TotalCount = found.Total,
            Items = await ToHitsAsync(found.Hits),
            Types = await LabelTypesAsync(found.Types, filters.Type),
            Formats = await LabelFormatsAsync(found.Formats, filters.Format),
            Days = LabelDays(found.Days, filters.Day),
        };
    }

    private static SearchOutcome Run(
        IndexSearcher searcher, Query userQuery, SearchFilters filters, int page, int pageSize, Analyzer analyzer, Func<Query?> fallback,
        IReadOnlyList<string> hiddenTypes)
    {
        BooleanQuery Visible(Query query) => VisitorTypeFilter.Exclude(PublishedOnly(query), hiddenTypes);
        var skip = (page - 1) * pageSize;
        var collector = new FacetingCollector(filters, skip + pageSize);
        try
        {
            searcher.Search(Visible(userQuery), collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // A wildcard that expands to too many words: search the words themselves.
            collector = new FacetingCollector(filters, skip + pageSize);
            if (fallback() is { } plain)
            {
                searcher.Search(Visible(plain), collector);
            }
        }

        var shown = collector.Page(skip, pageSize);
        var highlighter = shown.Length == 0 ? null : SnippetHighlighter.For(searcher, userQuery, fallback, analyzer);
        var hits = shown.Select(d => RawHit.Read(searcher.Doc(d.Doc, RawHit.StoredFields), d.Score, highlighter!)).ToList();
        return new SearchOutcome(collector.Total, hits, collector.Types, collector.Formats, collector.Days);
    }

    private static BooleanQuery PublishedOnly(Query query) => new()
    {
        { query, Occur.MUST },
        { new ConstantScoreQuery(new TermQuery(new Term(IndexFieldNames.Published, "true"))) { Boost = 0 }, Occur.MUST },
    };

    private async Task<IReadOnlyList<SearchHit>> ToHitsAsync(IReadOnlyList<RawHit> hits)
    {
        var ids = hits.Select(h => h.ContentItemId).ToArray();
        var documentIds = ids.Length == 0
            ? []
            : await session.QueryAsync<long>("SELECT DocumentId FROM ContentItemIndex WHERE Published = 1 AND ContentItemId IN @ids", new { ids });
        var loaded = (await items.LoadManyAsync(documentIds)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var types = await definitions.ListTypeDefinitionsAsync();
        return hits.Select(h =>
        {
            var item = loaded.GetValueOrDefault(h.ContentItemId);
            var path = item?.GetText("AutoroutePart", "Path");
            return new SearchHit
            {
                ContentItemId = h.ContentItemId, ContentType = h.ContentType, Title = h.Title, Snippet = h.Snippet, Date = h.Date, Score = h.Score,
                ContentTypeDisplayName = types.FirstOrDefault(t => t.Name == h.ContentType)?.DisplayName ?? h.ContentType,
                Url = string.IsNullOrEmpty(path) ? null : "/" + path.Trim('/'),
                ContentItem = item,
            };
        }).ToList();
    }

    private async Task<IReadOnlyList<FacetValue>> LabelTypesAsync(IReadOnlyDictionary<string, int> counts, string? selected)
    {
        var types = await definitions.ListTypeDefinitionsAsync();
        return counts
            .Select(c => new FacetValue(c.Key, types.FirstOrDefault(t => t.Name == c.Key)?.DisplayName ?? c.Key, c.Value, c.Key == selected))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true))
            .ToList();
    }

    private async Task<IReadOnlyList<FacetValue>> LabelFormatsAsync(IReadOnlyDictionary<string, int> counts, string? selected)
    {
        var titles = await terms.GetTitlesAsync(counts.Keys);
        return counts
            .Select(c => new FacetValue(c.Key, titles.GetValueOrDefault(c.Key) ?? c.Key, c.Value, c.Key == selected))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true))
            .ToList();
    }

    private static List<FacetValue> LabelDays(IReadOnlyDictionary<string, int> counts, string? selected)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        return counts
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetValue(
                c.Key,
                DateOnly.TryParseExact(c.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day.ToString("dddd d MMMM yyyy", french)
                    : c.Key,
                c.Value,
                c.Key == selected))
            .ToList();
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
