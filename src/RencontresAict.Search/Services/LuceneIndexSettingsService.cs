using System.Text.Json;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Settings;
using RencontresAict.Search.Models;

namespace RencontresAict.Search.Services;

/// <summary>Reads and changes the index settings document and the site's LuceneSettings, in the current session.</summary>
public sealed class LuceneIndexSettingsService(DocumentSession session, SiteSettingsService siteSettings)
{
    public const string DocumentType = "LuceneIndexSettings";

    public async Task<LuceneIndexSettingsDocument> LoadAsync() =>
        await session.GetSingletonAsync<LuceneIndexSettingsDocument>(DocumentType) ?? new LuceneIndexSettingsDocument();

    public async Task<IReadOnlyList<LuceneIndexSettings>> ListAsync() => (await LoadAsync()).LuceneIndexSettings.Values.ToList();

    public async Task<LuceneIndexSettings?> GetAsync(string indexName) =>
        (await LoadAsync()).LuceneIndexSettings.GetValueOrDefault(indexName);

    public async Task SaveAsync(LuceneIndexSettings settings)
    {
        var document = await LoadAsync();
        document.LuceneIndexSettings[settings.IndexName] = settings;
        await session.SaveSingletonAsync(DocumentType, document);
    }

    public async Task RemoveAsync(string indexName)
    {
        var document = await LoadAsync();
        if (document.LuceneIndexSettings.Remove(indexName))
        {
            await session.SaveSingletonAsync(DocumentType, document);
        }
    }

    /// <summary>The site's LuceneSettings, with Orchard's defaults where the settings are silent.</summary>
    public async Task<LuceneSettings> GetLuceneSettingsAsync()
    {
        var node = (await siteSettings.GetAsync()).Properties["LuceneSettings"];
        var settings = node is null ? new LuceneSettings() : node.Deserialize<LuceneSettings>(ContentJson.Options) ?? new LuceneSettings();
        if (settings.DefaultSearchFields.Length == 0)
        {
            settings.DefaultSearchFields = [Indexing.IndexFieldNames.FullText, Indexing.IndexFieldNames.DisplayTextAnalyzed];
        }

        return settings;
    }

    /// <summary>The index the search page uses: LuceneSettings.SearchIndex, else "Search", else the only one defined.</summary>
    public async Task<LuceneIndexSettings?> GetSearchIndexAsync()
    {
        var name = (await GetLuceneSettingsAsync()).SearchIndex;
        var all = (await LoadAsync()).LuceneIndexSettings;

        // An English request (/en/search) searches the index of English items when the site has one (Culture "en").
        if (System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "en"
            && all.Values.FirstOrDefault(i => string.Equals(i.Culture, "en", StringComparison.OrdinalIgnoreCase)) is { } english)
        {
            return english;
        }

        if (!string.IsNullOrEmpty(name))
        {
            return all.GetValueOrDefault(name);
        }

        return all.GetValueOrDefault(LuceneSettings.DefaultIndexName) ?? (all.Count == 1 ? all.Values.First() : null);
    }
}
