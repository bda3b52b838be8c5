using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>
/// The terms of the Formats taxonomy, read once per request from the one taxonomy item that holds them (terms
/// are nested items of type Format: TitlePart, and Format.Description, Featured, Order). The taxonomy is the one
/// the Session.Format field's settings name, or the published taxonomy titled "Formats".
/// </summary>
public sealed class FormatCatalog(ContentManager content, ContentDefinitionManager definitions)
{
    private Dictionary<string, FormatModel>? _terms;

    public async Task<FormatModel?> FindAsync(string termId) => (await LoadAsync()).GetValueOrDefault(termId);

    public async Task<IReadOnlyList<FormatModel>> FeaturedAsync() =>
        (await LoadAsync()).Values.Where(f => f.Featured).OrderBy(f => f.Order).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();

    private async Task<Dictionary<string, FormatModel>> LoadAsync()
    {
        if (_terms is not null)
        {
            return _terms;
        }

        _terms = new Dictionary<string, FormatModel>(StringComparer.Ordinal);
        var taxonomy = await FindTaxonomyAsync();
        if (taxonomy?.GetPart("TaxonomyPart")?["Terms"] is JsonArray terms)
        {
            AddTerms(terms);
        }

        return _terms;
    }

    private void AddTerms(JsonArray terms)
    {
        foreach (var term in terms.OfType<JsonObject>())
        {
            var id = JsonPaths.GetString(term, "ContentItemId");
            var name = JsonPaths.GetString(term, "TitlePart", "Title") ?? JsonPaths.GetString(term, "DisplayText");
            if (id is not null && name is not null)
            {
                _terms![id] = new FormatModel(
                    id, name, JsonPaths.GetString(term, "Format", "Description", "Text"),
                    JsonPaths.GetBoolean(term, "Format", "Featured", "Value") ?? false,
                    JsonPaths.GetDecimal(term, "Format", "Order", "Value") ?? 0);
            }

            if (JsonPaths.Get(term, "TaxonomyPart", "Terms") is JsonArray children)
            {
                AddTerms(children);
            }
        }
    }

    private async Task<ContentItem?> FindTaxonomyAsync()
    {
        var session = await definitions.GetPartDefinitionAsync("Session");
        var field = session?.ContentPartFieldDefinitionRecords.Find(f => f.Name == "Format");
        if (JsonPaths.GetString(field?.Settings, "TaxonomyFieldSettings", "TaxonomyContentItemId") is { } id
            && await content.GetAsync(id) is { } configured)
        {
            return configured;
        }

        var byTitle = await content.Store.Session.QueryFirstOrDefaultAsync<string?>(
            "SELECT ContentItemId FROM ContentItemIndex WHERE ContentType = 'Taxonomy' AND DisplayText = 'Formats' AND Published = 1");
        return byTitle is null ? null : await content.GetAsync(byTitle);
    }
}
